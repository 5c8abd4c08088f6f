import {
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orders, refunds } from '../orders/orders.tables';

/** Invoice and credit-note numbers: one gapless-in-practice series each, never reused. */
export const invoiceNumbers = pgSequence('invoice_numbers', { startWith: 1 });
export const creditNoteNumbers = pgSequence('credit_note_numbers', { startWith: 1 });

/** The seller as printed on a document when it was issued (kept when the store's details change later). */
export interface SellerDetails {
  name: string;
  legalName: string | null;
  address: string | null;
  vatNumber: string | null;
  registrationNumber: string | null;
  email: string | null;
}

/** An order's invoice, issued once when its payment is first captured. */
export const invoices = pgTable(
  'invoices',
  {
    id: text().primaryKey(),
    number: integer().notNull(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    seller: jsonb().$type<SellerDetails>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('invoices_number_unique').on(table.number),
    uniqueIndex('invoices_order_unique').on(table.orderId),
  ],
);

/** A credit note for each refund of an invoiced order. */
export const creditNotes = pgTable(
  'credit_notes',
  {
    id: text().primaryKey(),
    number: integer().notNull(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    refundId: text()
      .notNull()
      .references(() => refunds.id, { onDelete: 'restrict' }),
    invoiceId: text()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    seller: jsonb().$type<SellerDetails>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('credit_notes_number_unique').on(table.number),
    uniqueIndex('credit_notes_refund_unique').on(table.refundId),
    index('credit_notes_order_idx').on(table.orderId),
  ],
);

export type InvoiceRow = typeof invoices.$inferSelect;
export type CreditNoteRow = typeof creditNotes.$inferSelect;
