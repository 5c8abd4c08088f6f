import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** The store's settings: exactly one row (id = 1). */
export const storeSettings = pgTable(
  'store_settings',
  {
    id: smallint().primaryKey().default(1),
    name: text().notNull(),
    legalName: text(),
    /** The seller's address as printed on invoices (several lines). */
    legalAddress: text(),
    /** VAT / tax identification number printed on invoices. */
    vatNumber: text(),
    /** Company registration number (SIRET, Handelsregister…) printed on invoices. */
    registrationNumber: text(),
    /** Days after delivery during which a customer may ask to return items (0: no returns). */
    returnWindowDays: integer().notNull().default(30),
    supportEmail: text(),
    currency: text().notNull(),
    defaultCountry: text().notNull(),
    taxDisplay: text({ enum: ['inclusive', 'exclusive'] }).notNull(),
    timezone: text().notNull(),
    /** Employees must turn on two-factor authentication before using the back-office. */
    requireEmployeeTwoFactor: boolean().notNull().default(false),
    /** `automatic`: card payments are captured as the order is placed; `manual`: on fulfilment (by staff). */
    paymentCapture: text({ enum: ['automatic', 'manual'] })
      .notNull()
      .default('automatic'),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('store_settings_tax_display', sql`${table.taxDisplay} in ('inclusive', 'exclusive')`),
    check('store_settings_singleton', sql`${table.id} = 1`),
    check('store_settings_currency_format', sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check('store_settings_country_format', sql`${table.defaultCountry} ~ '^[A-Z]{2}$'`),
  ],
);

export type StoreSettingsRow = typeof storeSettings.$inferSelect;
