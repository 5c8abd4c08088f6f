import { z } from 'zod';
import { newPasswordSchema } from '../../shared/password-policy';
import { countryCodeSchema, postalCodeProblem } from '../../shared/regions';

const name = (label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(100, 'Use 100 characters or fewer.');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use ${max} characters or fewer.`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
const email = z
  .email('Enter an email address such as name@example.com.')
  .max(254)
  .transform((value) => value.trim());

export const customerSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Customer' });

export const customerSessionSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires.' }),
    customer: customerSchema,
  })
  .meta({
    id: 'CustomerSession',
    description: 'The refresh token is set as an httpOnly cookie (path /store/auth), never in the body.',
  });

export const registerBodySchema = z
  .strictObject({
    email,
    password: newPasswordSchema,
    firstName: name('your first name'),
    lastName: name('your last name'),
  })
  .meta({
    id: 'CustomerRegistration',
    examples: [
      {
        email: 'lea.dubois@example.com',
        password: 'correct-horse-battery-staple-42',
        firstName: 'Léa',
        lastName: 'Dubois',
      },
    ],
  });

export const loginBodySchema = z
  .strictObject({ email: z.email().max(254), password: z.string().min(1).max(1024) })
  .meta({
    id: 'CustomerLogin',
    examples: [{ email: 'lea.dubois@example.com', password: 'correct-horse-battery-staple-42' }],
  });

export const passwordResetRequestSchema = z
  .strictObject({ email: z.email().max(254) })
  .meta({ id: 'PasswordResetRequest', examples: [{ email: 'lea.dubois@example.com' }] });

export const passwordResetConfirmSchema = z
  .strictObject({ token: z.string().min(1).max(200), password: newPasswordSchema })
  .meta({
    id: 'PasswordResetConfirm',
    examples: [{ token: 'q4Xv9TnR2bKc7LmW8sYp3dHf6JzA1eGu', password: 'tranquil-meadow-lantern-97' }],
  });

export const profileUpdateSchema = z
  .strictObject({
    firstName: name('your first name').optional(),
    lastName: name('your last name').optional(),
    phone: optionalText(40),
  })
  .meta({
    id: 'CustomerProfileUpdate',
    examples: [{ firstName: 'Léa', lastName: 'Dubois-Martin', phone: null }],
  });

export const passwordChangeSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: newPasswordSchema })
  .meta({
    id: 'PasswordChange',
    examples: [
      { currentPassword: 'correct-horse-battery-staple-42', newPassword: 'tranquil-meadow-lantern-97' },
    ],
  });

/** The fields of a postal address (also used by carts and, later, orders). */
export const postalAddressFields = {
  firstName: name('a first name'),
  lastName: name('a last name'),
  company: optionalText(100),
  line1: z.string().trim().min(1, 'Enter the street address.').max(200, 'Use 200 characters or fewer.'),
  line2: optionalText(200),
  city: z.string().trim().min(1, 'Enter the city.').max(100, 'Use 100 characters or fewer.'),
  postalCode: z.string().trim().min(1, 'Enter the postal code.').max(20, 'Use 20 characters or fewer.'),
  region: optionalText(100),
  country: countryCodeSchema,
  phone: optionalText(40),
};

const addressFields = {
  ...postalAddressFields,
  isDefaultShipping: z.boolean().optional(),
  isDefaultBilling: z.boolean().optional(),
};

/** Checks the postal code against the country's format (when both are given). */
export function checkPostalCode(
  address: { country?: string | undefined; postalCode?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (!address.country || !address.postalCode) return;
  const problem = postalCodeProblem(address.country, address.postalCode);
  if (problem) context.addIssue({ code: 'custom', path: ['postalCode'], message: problem });
}

export const addressInputSchema = z
  .strictObject(addressFields)
  .superRefine(checkPostalCode)
  .meta({
    id: 'NewCustomerAddress',
    examples: [
      {
        firstName: 'Léa',
        lastName: 'Dubois',
        line1: '12 rue des Tanneurs',
        city: 'Lyon',
        postalCode: '69002',
        country: 'FR',
        isDefaultShipping: true,
        isDefaultBilling: true,
      },
    ],
  });
export const addressUpdateSchema = z
  .strictObject(addressFields)
  .partial()
  .superRefine(checkPostalCode)
  .meta({
    id: 'CustomerAddressUpdate',
    examples: [{ line2: 'Bâtiment B, 3e étage', isDefaultShipping: true }],
  });

/** A postal address as answered (carts, orders); the address book adds its own id and default flags. */
export const postalAddressSchema = z
  .object({
    firstName: z.string(),
    lastName: z.string(),
    company: z.string().nullable(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    postalCode: z.string(),
    region: z.string().nullable(),
    country: z.string(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'Address' });

export const addressSchema = postalAddressSchema
  .extend({ id: z.string(), isDefaultShipping: z.boolean(), isDefaultBilling: z.boolean() })
  .meta({ id: 'CustomerAddress' });

export const addressListSchema = z
  .object({ items: z.array(addressSchema) })
  .meta({ id: 'CustomerAddressList' });
export const addressParamsSchema = z.object({ id: z.string().min(1).max(64) });

export type Customer = z.infer<typeof customerSchema>;
export type CustomerAddress = z.infer<typeof addressSchema>;
export type AddressInput = z.infer<typeof addressInputSchema>;
export type AddressUpdate = z.infer<typeof addressUpdateSchema>;
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;
