import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { money } from '../../shared/money';
import { decodeCursor, toPage } from '../../shared/pagination';
import type { PostalAddress } from '../carts/carts.tables';
import { findPaymentProvider } from '../payments';
import type { Order } from './orders.schemas';
import {
  type OrderDiscount,
  type OrderLineRow,
  type OrderRow,
  type OrderShippingMethod,
  type OrderTaxLine,
  orderEvents,
  orderLines,
  orders,
  type PaymentRow,
  payments,
  type ShipmentRow,
  shipments,
} from './orders.tables';
import { loadAfterSales, returnability, toOrderReturn } from './returns.service';

/** Everything an order is made of, computed by checkout. */
export interface NewOrder {
  customerId: string | null;
  email: string;
  currency: string;
  cartId: string;
  idempotencyKey: string | null;
  status: OrderRow['status'];
  paymentStatus: OrderRow['paymentStatus'];
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
  shippingMethod: OrderShippingMethod | null;
  discounts: OrderDiscount[];
  taxLines: OrderTaxLine[];
  taxIncluded: boolean;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  /** When the customer accepted the terms (checkout asked), else absent or null. */
  termsAcceptedAt?: Date | null;
  lines: Omit<OrderLineRow, 'id' | 'orderId' | 'position'>[];
  payment: {
    provider: string;
    status: PaymentRow['status'];
    reference: string | null;
    cardBrand: string | null;
    cardLast4: string | null;
  };
}

/**
 * Writes the order, its lines, its payment and its first timeline event, inside the caller's (checkout's)
 * transaction. The number comes from a sequence, taken last so that a checkout failing earlier uses none.
 */
export async function insertOrder(tx: DbOrTx, input: NewOrder, orderId = newId('order')): Promise<OrderRow> {
  const { lines, payment, ...fields } = input;
  const [row] = await tx
    .insert(orders)
    .values({
      id: orderId,
      number: sql`nextval('order_numbers')`,
      ...fields,
      itemCount: lines.reduce((units, line) => units + line.quantity, 0),
    })
    .returning();
  if (!row) throw new Error('order insert returned nothing');
  await tx
    .insert(orderLines)
    .values(lines.map((line, position) => ({ ...line, id: newId('orderLine'), orderId, position })));
  await tx.insert(payments).values({
    id: newId('payment'),
    orderId,
    provider: payment.provider,
    status: payment.status,
    amount: input.total,
    currency: input.currency,
    reference: payment.reference,
    cardBrand: payment.cardBrand,
    cardLast4: payment.cardLast4,
  });
  await tx.insert(orderEvents).values({
    id: newId('orderEvent'),
    orderId,
    kind: 'placed',
    message: `Order #${row.number} placed`,
    data: { total: input.total, paymentStatus: input.paymentStatus },
    actorId: input.customerId,
    actorName: input.customerId ? input.email : null,
  });
  return row;
}

/** Records that the payment was captured (after the order committed). */
/** Records the capture of an authorised payment; false when there was none left to capture. */
export async function markOrderCaptured(db: DbOrTx, orderId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [payment] = await tx
      .update(payments)
      .set({ status: 'captured', capturedAmount: sql`${payments.amount}`, updatedAt: sql`now()` })
      .where(and(eq(payments.orderId, orderId), eq(payments.status, 'authorized')))
      .returning();
    if (!payment) return false;
    await tx
      .update(orders)
      .set({ paymentStatus: 'paid', updatedAt: sql`now()` })
      .where(eq(orders.id, orderId));
    await tx.insert(orderEvents).values({
      id: newId('orderEvent'),
      orderId,
      kind: 'payment_captured',
      message: 'Payment captured',
      data: { amount: payment.amount },
      actorId: null,
    });
    return true;
  });
}

export async function loadOrders(db: DbOrTx, rows: OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [lines, paymentRows, shipmentRows, afterSales] = await Promise.all([
    db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(asc(orderLines.position)),
    db.select().from(payments).where(inArray(payments.orderId, ids)).orderBy(asc(payments.createdAt)),
    db.select().from(shipments).where(inArray(shipments.orderId, ids)).orderBy(asc(shipments.shippedAt)),
    loadAfterSales(db, ids),
  ]);
  const now = new Date();
  return rows.map((row) => {
    const m = (amount: number) => money(amount, row.currency);
    const payment = paymentRows.find((candidate) => candidate.orderId === row.id);
    const provider = payment ? findPaymentProvider(payment.provider) : undefined;
    const linesOfOrder = lines.filter((line) => line.orderId === row.id);
    const shipmentsOfOrder = shipmentRows.filter((shipment) => shipment.orderId === row.id);
    const returnsOfOrder = afterSales.returns.filter((entry) => entry.orderId === row.id);
    const refundsOfOrder = afterSales.refunds.filter((refund) => refund.orderId === row.id);
    const returnable = returnability({
      order: row,
      lines: linesOfOrder,
      shipments: shipmentsOfOrder,
      refundedLines: refundsOfOrder.flatMap((refund) => refund.lines),
      returns: returnsOfOrder,
      windowDays: afterSales.windowDays,
      now,
    });
    return {
      id: row.id,
      number: row.number,
      email: row.email,
      status: row.status,
      paymentStatus: row.paymentStatus,
      fulfillmentStatus: row.fulfillmentStatus,
      currency: row.currency,
      items: linesOfOrder.map((line) => ({
        id: line.id,
        variantId: line.variantId,
        productId: line.productId,
        productHandle: line.productHandle,
        title: line.title,
        variantTitle: line.variantTitle,
        sku: line.sku,
        quantity: line.quantity,
        unitPrice: m(line.unitPrice),
        discount: m(line.discount),
        tax: m(line.tax),
        taxRate: line.taxRate,
        total: m(line.total),
        image: line.imageUrl,
        returnableQuantity: returnable.quantities.get(line.id) ?? 0,
      })),
      shippingAddress: row.shippingAddress,
      billingAddress: row.billingAddress,
      shippingMethod: row.shippingMethod,
      discounts: row.discounts.map((discount) => ({
        code: discount.code,
        name: discount.name,
        amount: m(discount.amount),
      })),
      totals: {
        subtotal: m(row.subtotal),
        discount: m(row.discountTotal),
        shipping: m(row.shippingTotal),
        tax: m(row.taxTotal),
        total: m(row.total),
      },
      taxIncluded: row.taxIncluded,
      taxLines: row.taxLines.map((line) => ({ name: line.name, rate: line.rate, amount: m(line.amount) })),
      payment: payment
        ? {
            provider: payment.provider,
            status: payment.status,
            cardBrand: payment.cardBrand,
            cardLast4: payment.cardLast4,
            instructions:
              payment.status === 'pending' && provider?.instructions
                ? provider.instructions({ number: row.number, total: row.total, currency: row.currency })
                : null,
          }
        : null,
      shipments: shipmentsOfOrder.map((shipment) => ({
        id: shipment.id,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        trackingUrl: shipment.trackingUrl,
        status: shipment.status,
        items: shipment.lines.map((line) => ({ lineId: line.orderLineId, quantity: line.quantity })),
        shippedAt: shipment.shippedAt.toISOString(),
        deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
      })),
      returns: returnsOfOrder.map((entry) =>
        toOrderReturn(
          entry,
          linesOfOrder,
          row.currency,
          refundsOfOrder.find((refund) => refund.id === entry.refundId)?.amount ?? null,
        ),
      ),
      returnableUntil: returnable.until?.toISOString() ?? null,
      termsAcceptedAt: row.termsAcceptedAt?.toISOString() ?? null,
      placedAt: row.placedAt.toISOString(),
    };
  });
}

export async function getOrder(db: DbOrTx, id: string): Promise<Order> {
  const rows = await db.select().from(orders).where(eq(orders.id, id));
  const [order] = await loadOrders(db, rows);
  if (!order) throw new AppError('not_found', 'No such order.');
  return order;
}

/** The order a cart became, if any (a checkout retried after its first attempt committed finds it here). */
export async function findOrderOfCart(db: DbOrTx, cartId: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.cartId, cartId));
  return row;
}

/** A customer's own order by number; anyone else's is 404. */
export async function getCustomerOrder(db: DbOrTx, customerId: string, number: number): Promise<Order> {
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.number, number), eq(orders.customerId, customerId)));
  const [order] = await loadOrders(db, rows);
  if (!order) throw new AppError('not_found', 'No such order.');
  return order;
}

/** A customer's orders, newest first, by keyset pages. */
export async function listCustomerOrders(
  db: DbOrTx,
  customerId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: Order[]; total: number; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor);
  const mine = eq(orders.customerId, customerId);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(orders)
      .where(and(mine, after ? lt(orders.id, after) : undefined))
      .orderBy(desc(orders.id))
      .limit(query.limit + 1),
    db.select({ total: count() }).from(orders).where(mine),
  ]);
  const page = toPage(
    rows,
    query.limit,
    counted?.total ?? 0,
    (row) => row.id,
    (row) => row,
  );
  return { ...page, items: await loadOrders(db, page.items) };
}

/** Orders placed before by this customer account or email (for first-order promotions). */
export async function countPreviousOrders(
  db: DbOrTx,
  shopper: { customerId: string | null; email: string | null },
): Promise<number> {
  const conditions = [
    shopper.customerId ? eq(orders.customerId, shopper.customerId) : undefined,
    shopper.email ? sql`lower(${orders.email}) = ${shopper.email.toLowerCase()}` : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return 0;
  const [row] = await db
    .select({ total: count() })
    .from(orders)
    .where(and(or(...conditions), sql`${orders.status} <> 'cancelled'`));
  return row?.total ?? 0;
}

// ——— Guest links ———

/** The token of a guest link to an order: an HMAC of its id, so it cannot be forged or guessed. */
export function orderGuestToken(secret: string, orderId: string): string {
  return createHmac('sha256', secret).update(`order:${orderId}`).digest('base64url');
}

/** The order a guest link points to; a wrong token is the same 404 as a wrong number. */
export async function getOrderByGuestToken(
  db: DbOrTx,
  secret: string,
  number: number,
  token: string,
): Promise<Order> {
  const [row] = await db.select().from(orders).where(eq(orders.number, number));
  const expected = row ? Buffer.from(orderGuestToken(secret, row.id)) : Buffer.alloc(0);
  const given = Buffer.from(token);
  if (!row || expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new AppError('not_found', 'No such order, or the link is not valid.');
  const [order] = await loadOrders(db, [row]);
  if (!order) throw new AppError('not_found', 'No such order.');
  return order;
}

/** Units per product of an order (for bestseller counts). */
export async function listOrderSales(
  db: DbOrTx,
  orderId: string,
): Promise<{ productId: string; quantity: number }[]> {
  const rows = await db
    .select({ productId: orderLines.productId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  return rows.flatMap((row) => (row.productId ? [{ productId: row.productId, quantity: row.quantity }] : []));
}

/** The order's payment row (the one checkout created), locked by the caller's transaction. */
export async function findOrderPayment(tx: DbOrTx, orderId: string): Promise<PaymentRow | undefined> {
  const [row] = await tx
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.createdAt))
    .limit(1)
    .for('update');
  return row;
}

export async function updatePayment(
  tx: DbOrTx,
  id: string,
  patch: Partial<Pick<PaymentRow, 'status' | 'capturedAmount' | 'refundedAmount'>>,
): Promise<void> {
  await tx
    .update(payments)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(payments.id, id));
}

/** The lines of an order with their variant and quantity (for restocking). */
export async function listOrderLineVariants(
  tx: DbOrTx,
  orderId: string,
): Promise<{ variantId: string; quantity: number }[]> {
  const rows = await tx
    .select({ variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  return rows.flatMap((row) => (row.variantId ? [{ variantId: row.variantId, quantity: row.quantity }] : []));
}

/** The order's lines with what is already shipped of each, locked with the order by the caller. */
export async function listLinesWithShipped(
  tx: DbOrTx,
  orderId: string,
): Promise<{ id: string; title: string; quantity: number; shipped: number }[]> {
  const [lines, sent] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position)),
    tx.select({ lines: shipments.lines }).from(shipments).where(eq(shipments.orderId, orderId)),
  ]);
  const shipped = new Map<string, number>();
  for (const shipment of sent)
    for (const line of shipment.lines)
      shipped.set(line.orderLineId, (shipped.get(line.orderLineId) ?? 0) + line.quantity);
  return lines.map((line) => ({
    id: line.id,
    title: line.variantTitle === 'Default' ? line.title : `${line.title} (${line.variantTitle})`,
    quantity: line.quantity,
    shipped: shipped.get(line.id) ?? 0,
  }));
}

export async function insertShipment(
  tx: DbOrTx,
  input: Pick<ShipmentRow, 'orderId' | 'carrier' | 'trackingNumber' | 'trackingUrl' | 'lines'>,
): Promise<ShipmentRow> {
  const [row] = await tx
    .insert(shipments)
    .values({ id: newId('shipment'), ...input })
    .returning();
  if (!row) throw new Error('shipment insert returned nothing');
  return row;
}

/** Marks a shipment of the order delivered; returns whether every shipment of the order is now delivered. */
export async function markShipmentDelivered(
  tx: DbOrTx,
  orderId: string,
  shipmentId: string,
): Promise<boolean> {
  const [row] = await tx
    .select()
    .from(shipments)
    .where(and(eq(shipments.id, shipmentId), eq(shipments.orderId, orderId)))
    .for('update');
  if (!row) throw new AppError('not_found', 'No such shipment in this order.');
  if (row.status === 'delivered')
    throw new AppError('invalid_transition', 'This shipment is already delivered.');
  await tx
    .update(shipments)
    .set({ status: 'delivered', deliveredAt: sql`now()` })
    .where(eq(shipments.id, shipmentId));
  const [pending] = await tx
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.orderId, orderId), eq(shipments.status, 'shipped')))
    .limit(1);
  return !pending;
}
