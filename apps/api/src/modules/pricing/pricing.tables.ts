import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Countries shipped to together. A country belongs to one zone at most (checked by the service). */
export const shippingZones = pgTable('shipping_zones', {
  id: text().primaryKey(),
  name: text().notNull(),
  /** ISO 3166-1 alpha-2 codes. */
  countries: text().array().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export interface WeightBand {
  upToGrams: number;
  /** Minor units of the store currency. */
  price: number;
}

/** A way to ship to a zone: a flat price or a price by cart weight, optionally free above a subtotal. */
export const shippingMethods = pgTable(
  'shipping_methods',
  {
    id: text().primaryKey(),
    zoneId: text()
      .notNull()
      .references(() => shippingZones.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: text({ enum: ['flat', 'weight'] }).notNull(),
    price: integer().notNull().default(0),
    weightBands: jsonb().$type<WeightBand[]>().notNull().default([]),
    freeOver: integer(),
    estimate: text(),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('shipping_methods_zone_idx').on(table.zoneId, table.position),
    check('shipping_methods_price_positive', sql`${table.price} >= 0`),
  ],
);

/** A tax rate for a tax class in a country (or one of its regions, which wins over the country-wide rate). */
export const taxRates = pgTable(
  'tax_rates',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    country: text().notNull(),
    /** Empty string: the whole country (so the unique index treats "no region" as one value). */
    region: text().notNull().default(''),
    taxClass: text().notNull(),
    /** Basis points: 2 000 = 20 %. */
    rate: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('tax_rates_place_class_unique').on(table.country, table.region, table.taxClass),
    check('tax_rates_rate_range', sql`${table.rate} between 0 and 10000`),
  ],
);

export interface PromotionConditions {
  /** Minor units: the cart subtotal must reach it. */
  minSubtotal: number | null;
  /** Empty: every product. Otherwise only lines of these products (or of `categoryIds`) are discounted. */
  productIds: string[];
  /** Categories, with their descendants. */
  categoryIds: string[];
  /** Only for a customer (by account or email) who has never ordered. */
  firstOrderOnly: boolean;
  /** Empty: anyone. Otherwise only these signed-in customers. */
  customerIds: string[];
}

/** A discount: a code customers type, or automatic (no code) when its conditions hold. */
export const promotions = pgTable(
  'promotions',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** Upper-case; null for an automatic promotion. */
    code: text(),
    kind: text({ enum: ['percentage', 'fixed_amount', 'free_shipping', 'buy_x_get_y'] }).notNull(),
    /** Percentage: basis points; fixed amount: minor units; otherwise 0. */
    value: integer().notNull().default(0),
    buyQuantity: integer(),
    getQuantity: integer(),
    conditions: jsonb().$type<PromotionConditions>().notNull(),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    usageLimit: integer(),
    perCustomerLimit: integer(),
    /** Orders placed with it; raised in the order's transaction by a conditional update (never past the limit). */
    usageCount: integer().notNull().default(0),
    combinable: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('promotions_code_unique').on(table.code),
    index('promotions_automatic_idx').on(table.active).where(sql`${table.code} is null`),
    check(
      'promotions_usage_within_limit',
      sql`${table.usageLimit} is null or ${table.usageCount} <= ${table.usageLimit}`,
    ),
  ],
);

/** One use of a promotion by an order: counts per-customer usage (customer id, or the email for guests). */
export const promotionRedemptions = pgTable(
  'promotion_redemptions',
  {
    promotionId: text()
      .notNull()
      .references(() => promotions.id, { onDelete: 'cascade' }),
    orderId: text().notNull(),
    /** `cus_…` for a signed-in customer, else the lower-cased email. */
    customerKey: text().notNull(),
    amount: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.promotionId, table.orderId] }),
    index('promotion_redemptions_customer_idx').on(table.promotionId, table.customerKey),
  ],
);

export type ShippingZoneRow = typeof shippingZones.$inferSelect;
export type ShippingMethodRow = typeof shippingMethods.$inferSelect;
export type TaxRateRow = typeof taxRates.$inferSelect;
export type PromotionRow = typeof promotions.$inferSelect;
