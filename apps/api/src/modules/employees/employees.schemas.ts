import { z } from 'zod';
import { permissions } from './permissions';

export const employeeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: z.string(),
    permissions: z.array(z.enum(permissions)),
  })
  .meta({ id: 'Employee' });

export const adminLoginBodySchema = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'AdminLoginRequest' });

export const adminSessionSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires.' }),
    employee: employeeSchema,
  })
  .meta({ id: 'AdminSession' });
