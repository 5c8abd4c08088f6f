import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { lockOrder, type Order } from '../orders';
// Read-only join for the refund a credit note documents (documents.tables already references it).
import { refunds } from '../orders/orders.tables';
import { getAdminSettings, getStoreSettings } from '../settings';
import { renderCreditNotePdf, renderInvoicePdf, renderPackingSlipPdf } from './documents.pdf';
import { documentNumber } from './documents.render';
import { creditNotes, type InvoiceRow, invoices } from './documents.tables';

/**
 * Invoices and credit notes are issued in the transaction that changes the money: an invoice when an order's
 * payment is first captured (or marked paid), a credit note with each refund. Numbers come from their own
 * sequence and are taken only when a document is really issued (the `where not exists` runs before
 * `nextval`), so a series has no gaps from repeated calls. The seller's details are copied from the store
 * settings at that moment: a document never changes once issued.
 */
const sellerSnapshot = sql`(select jsonb_build_object(
    'name', s.name, 'legalName', s.legal_name, 'address', s.legal_address, 'vatNumber', s.vat_number,
    'registrationNumber', s.registration_number, 'email', s.support_email)
  from store_settings s where s.id = 1)`;

/** Issues the order's invoice unless it has one. Call with the order row locked. */
export async function issueInvoice(tx: DbOrTx, orderId: string): Promise<void> {
  await tx.execute(sql`
    insert into invoices (id, number, order_id, seller)
    select ${newId('invoice')}, nextval('invoice_numbers'), ${orderId}, ${sellerSnapshot}
    where not exists (select 1 from invoices where order_id = ${orderId})`);
}

/** Issues the credit note of a refund (and the order's invoice first, for an order paid before invoicing). */
export async function issueCreditNote(tx: DbOrTx, orderId: string, refundId: string): Promise<void> {
  await issueInvoice(tx, orderId);
  await tx.execute(sql`
    insert into credit_notes (id, number, order_id, refund_id, invoice_id, seller)
    select ${newId('creditNote')}, nextval('credit_note_numbers'), ${orderId}, ${refundId}, i.id, ${sellerSnapshot}
    from invoices i
    where i.order_id = ${orderId} and not exists (select 1 from credit_notes where refund_id = ${refundId})`);
}

const paidStatuses = new Set(['paid', 'partially_refunded', 'refunded']);

export interface InvoiceSummary {
  id: string;
  number: number;
  issuedAt: Date;
}

export interface CreditNoteSummary {
  id: string;
  number: number;
  refundId: string;
  amount: number;
  currency: string;
  reason: string;
  issuedAt: Date;
}

/**
 * The order's invoice, issued now for an order paid before invoices existed (the order row is locked first,
 * so two first requests issue one invoice). Null while the order is not paid.
 */
export async function findOrEnsureInvoice(db: Database, order: Order): Promise<InvoiceRow | null> {
  const existing = await findInvoice(db, order.id);
  if (existing || !paidStatuses.has(order.paymentStatus)) return existing;
  await db.transaction(async (tx) => {
    const locked = await lockOrder(tx, order.id);
    if (paidStatuses.has(locked.paymentStatus)) await issueInvoice(tx, order.id);
  });
  return findInvoice(db, order.id);
}

async function findInvoice(db: DbOrTx, orderId: string): Promise<InvoiceRow | null> {
  const [row] = await db.select().from(invoices).where(eq(invoices.orderId, orderId));
  return row ?? null;
}

/** The order's documents: its invoice (issued on the way for a legacy paid order) and its credit notes. */
export async function listOrderDocuments(
  db: Database,
  order: Order,
): Promise<{ invoice: InvoiceSummary | null; creditNotes: CreditNoteSummary[] }> {
  const invoice = await findOrEnsureInvoice(db, order);
  const notes = await db
    .select({
      id: creditNotes.id,
      number: creditNotes.number,
      refundId: creditNotes.refundId,
      amount: refunds.amount,
      reason: refunds.reason,
      issuedAt: creditNotes.issuedAt,
    })
    .from(creditNotes)
    .innerJoin(refunds, eq(refunds.id, creditNotes.refundId))
    .where(eq(creditNotes.orderId, order.id))
    .orderBy(asc(creditNotes.number));
  return {
    invoice: invoice ? { id: invoice.id, number: invoice.number, issuedAt: invoice.issuedAt } : null,
    creditNotes: notes.map((note) => ({ ...note, currency: order.currency })),
  };
}

/** Renders the order's invoice. 404 `not_found` while the order is not paid (no invoice yet). */
export async function getInvoicePdf(db: Database, order: Order): Promise<{ fileName: string; pdf: Buffer }> {
  const invoice = await findOrEnsureInvoice(db, order);
  if (!invoice)
    throw new AppError(
      'not_found',
      'This order has no invoice yet: it is issued when the payment is received.',
    );
  const number = documentNumber('INV', invoice.number);
  const pdf = await renderInvoicePdf({
    number,
    issuedAt: invoice.issuedAt,
    seller: invoice.seller,
    timezone: await storeTimezone(db),
    order,
  });
  return { fileName: `${number}.pdf`, pdf };
}

/** Renders one of the order's credit notes; another order's (or an unknown) credit note is 404. */
export async function getCreditNotePdf(
  db: Database,
  order: Order,
  creditNoteId: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const [row] = await db
    .select({
      number: creditNotes.number,
      issuedAt: creditNotes.issuedAt,
      seller: creditNotes.seller,
      invoiceNumber: invoices.number,
      amount: refunds.amount,
      reason: refunds.reason,
      lines: refunds.lines,
    })
    .from(creditNotes)
    .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
    .innerJoin(refunds, eq(refunds.id, creditNotes.refundId))
    .where(and(eq(creditNotes.id, creditNoteId), eq(creditNotes.orderId, order.id)));
  if (!row) throw new AppError('not_found', 'No such credit note for this order.');
  const number = documentNumber('CN', row.number);
  const pdf = await renderCreditNotePdf({
    number,
    invoiceNumber: documentNumber('INV', row.invoiceNumber),
    issuedAt: row.issuedAt,
    seller: row.seller,
    timezone: await storeTimezone(db),
    order,
    refund: { amount: row.amount, reason: row.reason, lines: row.lines },
  });
  return { fileName: `${number}.pdf`, pdf };
}

/** Renders the order's packing slip (any order, paid or not: it carries no prices). */
export async function getPackingSlipPdf(
  db: Database,
  order: Order,
): Promise<{ fileName: string; pdf: Buffer }> {
  const settings = await getStoreSettings(db);
  const pdf = await renderPackingSlipPdf({
    storeName: settings.name,
    timezone: await storeTimezone(db),
    order,
  });
  return { fileName: `packing-slip-${order.number}.pdf`, pdf };
}

async function storeTimezone(db: Database): Promise<string> {
  return (await getAdminSettings(db)).timezone;
}
