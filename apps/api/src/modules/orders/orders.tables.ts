import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { PostalAddress } from '../carts/carts.tables';
import { customers } from '../customers/customers.tables';

/** Human order numbers (#1001, #1002, …). A rolled-back checkout may skip one; numbers never repeat. */
export const orderNumbers = pgSequence('order_numbers', { startWith: 1001 });

export const orderStatuses = ['pending', 'confirmed', 'cancelled', 'completed'] as const;
export const paymentStatuses = [
  'awaiting_payment',
  'authorized',
  'paid',
  'voided',
  'refunded',
  'partially_refunded',
] as const;
export const fulfillmentStatuses = ['unfulfilled', 'partially_fulfilled', 'fulfilled'] as const;

export interface OrderTaxLine {
  name: string;
  rate: number;
  amount: number;
}
export interface OrderDiscount {
  promotionId: string;
  code: string | null;
  name: string;
  amount: number;
}
export interface OrderShippingMethod {
  id: string;
  name: string;
  estimate: string | null;
}

/** An order: a snapshot of what was bought, at what price and tax, shipped where. Never re-priced. */
export const orders = pgTable(
  'orders',
  {
    id: text().primaryKey(),
    number: integer().notNull(),
    customerId: text().references(() => customers.id, { onDelete: 'set null' }),
    email: text().notNull(),
    currency: text().notNull(),
    status: text({ enum: orderStatuses }).notNull(),
    paymentStatus: text({ enum: paymentStatuses }).notNull(),
    fulfillmentStatus: text({ enum: fulfillmentStatuses }).notNull().default('unfulfilled'),
    shippingAddress: jsonb().$type<PostalAddress>().notNull(),
    billingAddress: jsonb().$type<PostalAddress>().notNull(),
    shippingMethod: jsonb().$type<OrderShippingMethod>(),
    discounts: jsonb().$type<OrderDiscount[]>().notNull(),
    taxLines: jsonb().$type<OrderTaxLine[]>().notNull(),
    taxIncluded: boolean().notNull(),
    subtotal: integer().notNull(),
    discountTotal: integer().notNull(),
    shippingTotal: integer().notNull(),
    taxTotal: integer().notNull(),
    total: integer().notNull(),
    /** Units bought (the sum of the lines' quantities), kept on the order for the statistics. */
    itemCount: integer().notNull(),
    /** The shipping address's country, as a column so the statistics read it from an index. */
    shipCountry: text().generatedAlwaysAs(sql`shipping_address->>'country'`),
    /** The cart it came from: one order per cart, whatever the retries. */
    cartId: text().notNull(),
    /** The checkout's Idempotency-Key, so a retry after a crash finds the order its first attempt made. */
    idempotencyKey: text(),
    /** When the customer accepted the store's terms at checkout (null: not asked, or an older order). */
    termsAcceptedAt: timestamp({ withTimezone: true }),
    placedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('orders_number_unique').on(table.number),
    uniqueIndex('orders_cart_unique').on(table.cartId),
    index('orders_customer_idx').on(table.customerId, table.placedAt),
    index('orders_email_idx').on(sql`lower(${table.email})`),
    index('orders_placed_idx').on(table.placedAt),
    // The back-office's state filters ("to ship", "awaiting payment") count their matches from this index alone.
    index('orders_state_idx').on(table.status, table.fulfillmentStatus, table.paymentStatus),
    // The statistics' ranges read only this index (index-only scans): the figures of the orders that count.
    index('orders_stats_idx')
      .on(
        table.placedAt,
        table.total,
        table.taxTotal,
        table.shippingTotal,
        table.itemCount,
        table.shipCountry,
        table.customerId,
        table.email,
        table.id,
      )
      .where(sql`status <> 'cancelled'`),
    // "Ordered before?": one probe per shopper (account, else guest email).
    index('orders_shopper_idx')
      .on(sql`coalesce(${table.customerId}, lower(${table.email}))`, table.placedAt)
      .where(sql`status <> 'cancelled'`),
    index('orders_discounted_idx').on(table.placedAt).where(sql`discounts <> '[]'::jsonb`),
    check('orders_total_not_negative', sql`${table.total} >= 0`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** Links back to the catalog while the variant exists; the snapshot below is what counts. */
    variantId: text(),
    productId: text(),
    productHandle: text(),
    sku: text().notNull(),
    title: text().notNull(),
    variantTitle: text().notNull(),
    imageUrl: text(),
    quantity: integer().notNull(),
    unitPrice: integer().notNull(),
    discount: integer().notNull(),
    tax: integer().notNull(),
    taxRate: integer().notNull(),
    /** unitPrice × quantity − discount (+ tax when prices exclude it). */
    total: integer().notNull(),
    position: integer().notNull(),
  },
  (table) => [
    index('order_lines_order_idx').on(table.orderId, table.position),
    index('order_lines_variant_idx').on(table.variantId),
    // Best sellers and categories read the lines of a range's orders from this index alone.
    index('order_lines_stats_idx').on(
      table.orderId,
      table.productId,
      table.quantity,
      table.total,
      table.title,
    ),
    check('order_lines_quantity_positive', sql`${table.quantity} > 0`),
  ],
);

/** A payment attempt that succeeded far enough to belong to an order (authorised, pending or captured). */
export const payments = pgTable(
  'payments',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    status: text({ enum: ['pending', 'authorized', 'captured', 'voided', 'refunded'] }).notNull(),
    amount: integer().notNull(),
    capturedAmount: integer().notNull().default(0),
    refundedAmount: integer().notNull().default(0),
    currency: text().notNull(),
    /** The provider's reference for the authorisation. */
    reference: text(),
    cardBrand: text(),
    cardLast4: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('payments_order_idx').on(table.orderId),
    // The last line of defence: never more refunded than captured, whatever the code does.
    check('payments_refund_within_capture', sql`${table.refundedAmount} <= ${table.capturedAmount}`),
  ],
);

export interface ShipmentLine {
  orderLineId: string;
  quantity: number;
}

/** A parcel sent for some or all of an order's lines. */
export const shipments = pgTable(
  'shipments',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    carrier: text().notNull(),
    trackingNumber: text(),
    trackingUrl: text(),
    lines: jsonb().$type<ShipmentLine[]>().notNull(),
    status: text({ enum: ['shipped', 'delivered'] })
      .notNull()
      .default('shipped'),
    shippedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('shipments_order_idx').on(table.orderId, table.shippedAt)],
);

/** Money given back on an order's payment, for some lines or an amount, with the stock put back or not. */
export const refunds = pgTable(
  'refunds',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    paymentId: text()
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    amount: integer().notNull(),
    reason: text().notNull(),
    lines: jsonb().$type<ShipmentLine[]>().notNull(),
    restocked: boolean().notNull(),
    actorId: text(),
    actorName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('refunds_order_idx').on(table.orderId, table.createdAt),
    index('refunds_created_idx').on(table.createdAt, table.orderId, table.amount),
    check('refunds_amount_positive', sql`${table.amount} > 0`),
  ],
);

/** The order's timeline: placed, paid, shipped, refunded, notes, emails. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    message: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>(),
    /** `emp_…`, `key_…`, `cus_…`, or null for the system. */
    actorId: text(),
    /** Who it was, as shown then (kept when the employee is renamed or removed). */
    actorName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('order_events_order_idx').on(table.orderId, table.createdAt)],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type ShipmentRow = typeof shipments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
