import { z } from 'zod';
import { pageSchema } from '../../shared/pagination';
import { newPasswordSchema } from '../../shared/password-policy';
import { permissions } from './permissions';

const permissionSchema = z.enum(permissions);

export const employeeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: z.string().meta({ description: 'A built-in role key (owner, …) or a custom role id.' }),
    roleName: z.string(),
    permissions: z.array(permissionSchema),
    twoFactorEnabled: z.boolean(),
  })
  .meta({ id: 'Employee' });

export const employeeSummarySchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: z.string(),
    roleName: z.string(),
    active: z.boolean(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'EmployeeSummary' });

export const employeePageSchema = pageSchema(employeeSummarySchema, 'EmployeePage');

export const adminLoginBodySchema = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
    otp: z
      .string()
      .max(32)
      .optional()
      .meta({ description: 'The 6-digit authenticator code, or a recovery code, when two-factor is on.' }),
  })
  .meta({
    id: 'AdminLoginRequest',
    examples: [
      { email: 'claire.martin@example.com', password: 'correct-horse-battery-staple-42' },
      { email: 'claire.martin@example.com', password: 'correct-horse-battery-staple-42', otp: '492817' },
    ],
  });

export const adminSessionSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires.' }),
    employee: employeeSchema,
  })
  .meta({
    id: 'AdminSession',
    description: 'The refresh token is set as an httpOnly cookie (path /admin/auth), never in the body.',
  });

const name = (label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(100, 'Use 100 characters or fewer.');

export const employeeCreateSchema = z
  .strictObject({
    email: z.email('Enter an email address.').max(254),
    firstName: name('a first name'),
    lastName: name('a last name'),
    role: z.string().min(1).max(64),
    password: newPasswordSchema.meta({ description: 'A temporary password to hand over to the employee.' }),
  })
  .meta({
    id: 'NewEmployee',
    examples: [
      {
        email: 'hugo.bernard@example.com',
        firstName: 'Hugo',
        lastName: 'Bernard',
        role: 'catalog_manager',
        password: 'correct-horse-battery-staple-42',
      },
    ],
  });

export const employeeUpdateSchema = z
  .strictObject({
    firstName: name('a first name').optional(),
    lastName: name('a last name').optional(),
    role: z.string().min(1).max(64).optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'EmployeeUpdate', examples: [{ role: 'catalog_manager', active: true }] });

export const roleSchema = z
  .object({ id: z.string(), name: z.string(), builtIn: z.boolean(), permissions: z.array(permissionSchema) })
  .meta({ id: 'Role' });
export const roleListSchema = z.object({ items: z.array(roleSchema) }).meta({ id: 'RoleList' });

export const roleCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a name.').max(60, 'Use 60 characters or fewer.'),
    permissions: z.array(permissionSchema).max(permissions.length),
  })
  .meta({
    id: 'NewRole',
    examples: [
      { name: 'Préparation des commandes', permissions: ['orders:read', 'orders:write', 'inventory:write'] },
    ],
  });
export const roleUpdateSchema = roleCreateSchema.partial().meta({
  id: 'RoleUpdate',
  examples: [{ permissions: ['orders:read', 'orders:write', 'orders:refund', 'inventory:write'] }],
});

export const permissionListSchema = z
  .object({ items: z.array(z.object({ key: permissionSchema, description: z.string() })) })
  .meta({ id: 'PermissionList' });

export const twoFactorSetupSchema = z
  .object({ secret: z.string(), otpauthUri: z.string() })
  .meta({ id: 'TwoFactorSetup' });
export const twoFactorCodeSchema = z
  .strictObject({ code: z.string().trim().min(1, 'Enter the code.').max(32) })
  .meta({ id: 'TwoFactorCode', examples: [{ code: '492817' }] });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) }).meta({
  id: 'RecoveryCodes',
  description: 'Shown once: each code signs in once in place of an authenticator code.',
});

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });
