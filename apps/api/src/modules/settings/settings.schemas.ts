import { z } from 'zod';
import { currencyCodeSchema } from '../../shared/money';
import { countryCodeSchema, timezoneSchema } from '../../shared/regions';

export const taxDisplaySchema = z
  .enum(['inclusive', 'exclusive'])
  .meta({ description: 'Whether customer-facing prices include tax.' });

export const paymentCaptureSchema = z.enum(['automatic', 'manual']).meta({
  description:
    'automatic: card payments are captured when the order is placed; manual: staff capture them (on fulfilment).',
});

export const storeSettingsSchema = z
  .object({
    name: z.string(),
    supportEmail: z.string().nullable(),
    currency: z.string().meta({ description: 'ISO 4217 code of the store currency.' }),
    defaultCountry: z.string().meta({ description: 'ISO 3166-1 alpha-2 code.' }),
    taxDisplay: taxDisplaySchema,
    returnWindowDays: z.number().int().meta({
      description: 'Days after delivery during which items can be returned (0: returns are not offered).',
    }),
  })
  .meta({ id: 'StoreSettings', description: 'The public face of the store settings.' });

export const adminSettingsSchema = storeSettingsSchema
  .extend({
    legalName: z.string().nullable(),
    legalAddress: z.string().nullable().meta({ description: 'The seller address printed on invoices.' }),
    vatNumber: z.string().nullable().meta({ description: 'VAT identification number printed on invoices.' }),
    registrationNumber: z
      .string()
      .nullable()
      .meta({ description: 'Company registration number printed on invoices.' }),
    timezone: z.string().meta({ description: 'IANA time zone used for reports and documents.' }),
    requireEmployeeTwoFactor: z
      .boolean()
      .meta({ description: 'Employees must turn on two-factor authentication before anything else.' }),
    paymentCapture: paymentCaptureSchema,
    version: z
      .number()
      .int()
      .meta({ description: 'Increases on every change; send it back to avoid lost updates.' }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminSettings' });

export const settingsUpdateSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the store name.')
      .max(120, 'Use 120 characters or fewer.')
      .optional(),
    legalName: z.string().trim().max(200, 'Use 200 characters or fewer.').nullable().optional(),
    legalAddress: z.string().trim().max(500, 'Use 500 characters or fewer.').nullable().optional(),
    vatNumber: z.string().trim().max(40, 'Use 40 characters or fewer.').nullable().optional(),
    registrationNumber: z.string().trim().max(60, 'Use 60 characters or fewer.').nullable().optional(),
    returnWindowDays: z
      .number()
      .int('Enter a whole number of days.')
      .min(0, 'Enter 0 or more days.')
      .max(365, 'Use at most 365 days.')
      .optional(),
    supportEmail: z
      .email('Enter an email address such as help@example.com.')
      .max(254, 'Use 254 characters or fewer.')
      .nullable()
      .optional(),
    currency: currencyCodeSchema.optional(),
    defaultCountry: countryCodeSchema.optional(),
    taxDisplay: taxDisplaySchema.optional(),
    timezone: timezoneSchema.optional(),
    requireEmployeeTwoFactor: z.boolean().optional(),
    paymentCapture: paymentCaptureSchema.optional(),
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'The version you read; a stale one is refused with 409 version_conflict.' }),
  })
  .meta({
    id: 'SettingsUpdate',
    examples: [
      {
        version: 7,
        returnWindowDays: 30,
        supportEmail: 'contact@example.com',
        timezone: 'Europe/Paris',
        taxDisplay: 'inclusive',
      },
    ],
  });

export type StoreSettings = z.infer<typeof storeSettingsSchema>;
export type AdminSettings = z.infer<typeof adminSettingsSchema>;
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
