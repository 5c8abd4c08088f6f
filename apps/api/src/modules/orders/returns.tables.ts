import { sql } from 'drizzle-orm';
import {
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
import { customers } from '../customers/customers.tables';
import { orders, refunds } from './orders.tables';

/** Return numbers shown to customers and staff (R-1001, R-1002, …). */
export const returnNumbers = pgSequence('return_numbers', { startWith: 1001 });

export const returnStatuses = ['requested', 'approved', 'refused', 'received', 'refunded'] as const;

export interface ReturnLine {
  orderLineId: string;
  quantity: number;
}

/** A return (RMA): lines of a delivered order the customer sends back, from request to refund. */
export const orderReturns = pgTable(
  'order_returns',
  {
    id: text().primaryKey(),
    number: integer().notNull(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    customerId: text().references(() => customers.id, { onDelete: 'set null' }),
    status: text({ enum: returnStatuses }).notNull().default('requested'),
    lines: jsonb().$type<ReturnLine[]>().notNull(),
    reason: text().notNull(),
    comment: text(),
    /** Why staff refused it, shown to the customer. */
    refusalReason: text(),
    refundId: text().references(() => refunds.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('order_returns_number_unique').on(table.number),
    index('order_returns_order_idx').on(table.orderId, table.createdAt),
    index('order_returns_status_idx').on(table.status, table.createdAt),
    check(
      'order_returns_status',
      sql`${table.status} in ('requested', 'approved', 'refused', 'received', 'refunded')`,
    ),
  ],
);

export type OrderReturnRow = typeof orderReturns.$inferSelect;
