import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { productVariants } from '../catalog/catalog.tables';
import { customers } from '../customers/customers.tables';

/** A postal address as a cart (and later an order) keeps it: a copy, not a link to the address book. */
export interface PostalAddress {
  firstName: string;
  lastName: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
  phone: string | null;
}

/** A shopping cart. Its id is an unguessable token: holding it is what lets a guest use the cart. */
export const carts = pgTable(
  'carts',
  {
    id: text().primaryKey(),
    /** Set when a signed-in customer owns the cart: then only that customer can use it. */
    customerId: text().references(() => customers.id, { onDelete: 'set null' }),
    email: text(),
    currency: text().notNull(),
    shippingAddress: jsonb().$type<PostalAddress>(),
    billingAddress: jsonb().$type<PostalAddress>(),
    /** The chosen shipping method; ignored while it does not serve the shipping address. */
    shippingMethodId: text(),
    /** Discount codes the customer entered (upper-case), in the order they were applied. */
    discountCodes: text().array().notNull().default(sql`'{}'::text[]`),
    /** Set when the cart became an order: it cannot change any more. */
    completedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('carts_customer_idx').on(table.customerId, table.updatedAt),
    index('carts_updated_idx').on(table.updatedAt),
    index('carts_created_idx').on(table.createdAt),
  ],
);

export const cartItems = pgTable(
  'cart_items',
  {
    id: text().primaryKey(),
    cartId: text()
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: text()
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    quantity: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cart_items_cart_variant_unique').on(table.cartId, table.variantId),
    check('cart_items_quantity_positive', sql`${table.quantity} > 0`),
  ],
);

/**
 * What the stale-cart purge deleted, summed per 15-minute slot (UTC) of the carts' creation, so the statistics
 * (carts, conversion, abandoned carts) stay true for periods whose carts are gone. Quarter hours because every
 * time zone's midnight falls on one: a store day is always a whole number of slots.
 */
export const purgedCartStats = pgTable('purged_cart_stats', {
  slot: timestamp({ withTimezone: true }).primaryKey(),
  carts: integer().notNull(),
  /** Carts that became orders. */
  ordered: integer().notNull(),
  /** Carts left with items in them and never ordered. */
  abandoned: integer().notNull(),
  /** Those carts' items at the prices of the day they were purged, in the store's minor units. */
  abandonedValue: bigint({ mode: 'number' }).notNull(),
});
