import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.tables';
import { employees } from '../employees/employees.tables';
import { orders } from '../orders/orders.tables';

export const threadStatuses = ['open', 'pending', 'closed'] as const;

/**
 * A customer-service conversation: opened by a customer (from an order or not) or a guest through the contact
 * form. `open`: waiting for the store; `pending`: the store replied, waiting for the customer; `closed`.
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: text().primaryKey(),
    subject: text().notNull(),
    status: text({ enum: threadStatuses }).notNull().default('open'),
    customerId: text().references(() => customers.id, { onDelete: 'set null' }),
    email: text().notNull(),
    name: text().notNull(),
    orderId: text().references(() => orders.id, { onDelete: 'set null' }),
    assigneeId: text().references(() => employees.id, { onDelete: 'set null' }),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('message_threads_status_idx').on(table.status, table.lastMessageAt),
    index('message_threads_customer_idx').on(table.customerId, table.lastMessageAt),
    index('message_threads_order_idx').on(table.orderId),
    index('message_threads_assignee_idx').on(table.assigneeId, table.lastMessageAt),
    check('message_threads_status', sql`${table.status} in ('open', 'pending', 'closed')`),
  ],
);

export const threadMessages = pgTable(
  'thread_messages',
  {
    id: text().primaryKey(),
    threadId: text()
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    authorType: text({ enum: ['customer', 'employee'] }).notNull(),
    /** `cus_…` or `emp_…`; null for a guest. */
    authorId: text(),
    /** As shown then (kept when the employee is renamed). */
    authorName: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('thread_messages_thread_idx').on(table.threadId, table.createdAt)],
);

export type MessageThreadRow = typeof messageThreads.$inferSelect;
export type ThreadMessageRow = typeof threadMessages.$inferSelect;
