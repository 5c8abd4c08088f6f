import { and, asc, count, desc, eq, gt, gte, ilike, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { money } from '../../shared/money';
import { containsPattern, decodeCursor, decodeOffsetCursor, toPage } from '../../shared/pagination';
import type { AdminOrder, AdminOrderListQuery, AdminOrderSummary } from './admin-orders.schemas';
import { allowedOperations, type OrderState } from './order-states';
import { loadOrders } from './orders.service';
import { type OrderRow, orderEvents, orderLines, orders, payments, refunds } from './orders.tables';

const customerName = sql<string>`trim(coalesce(${orders.shippingAddress}->>'firstName', '') || ' ' || coalesce(${orders.shippingAddress}->>'lastName', ''))`;

function filtersOf(query: AdminOrderListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.q) {
    const number = /^#?(\d{1,9})$/.exec(query.q)?.[1];
    const pattern = containsPattern(query.q);
    // "#1001" is an order number and nothing else (one index lookup); "1001" may also be part of an email.
    conditions.push(
      number && query.q.startsWith('#')
        ? eq(orders.number, Number(number))
        : or(
            number ? eq(orders.number, Number(number)) : undefined,
            ilike(orders.email, pattern),
            sql`${customerName} ilike ${pattern}`,
          ),
    );
  }
  if (query.status) conditions.push(eq(orders.status, query.status));
  if (query.paymentStatus) conditions.push(eq(orders.paymentStatus, query.paymentStatus));
  if (query.fulfillmentStatus) conditions.push(eq(orders.fulfillmentStatus, query.fulfillmentStatus));
  if (query.placedFrom) conditions.push(gte(orders.placedAt, new Date(query.placedFrom)));
  if (query.placedTo) conditions.push(lte(orders.placedAt, new Date(query.placedTo)));
  if (query.customerId) conditions.push(eq(orders.customerId, query.customerId));
  if (query.minTotal !== undefined) conditions.push(gte(orders.total, query.minTotal));
  if (query.maxTotal !== undefined) conditions.push(lte(orders.total, query.maxTotal));
  return and(...conditions);
}

/**
 * Orders for the back-office, filtered and sorted. Newest/oldest page by id (ids sort by time); the total
 * sorts by position.
 */
export async function listAdminOrders(
  db: DbOrTx,
  query: AdminOrderListQuery,
): Promise<{ items: AdminOrderSummary[]; total: number; nextCursor: string | null }> {
  const filter = filtersOf(query);
  const byId = query.sort === 'newest' || query.sort === 'oldest';
  const after = byId ? decodeCursor(query.cursor) : undefined;
  const offset = byId ? 0 : decodeOffsetCursor(query.cursor);
  const order =
    query.sort === 'newest'
      ? [desc(orders.id)]
      : query.sort === 'oldest'
        ? [asc(orders.id)]
        : query.sort === 'total_desc'
          ? [desc(orders.total), desc(orders.id)]
          : [asc(orders.total), desc(orders.id)];
  const keyset = after ? (query.sort === 'newest' ? lt(orders.id, after) : gt(orders.id, after)) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select({ order: orders, customerName })
      .from(orders)
      .where(and(filter, keyset))
      .orderBy(...order)
      .limit(query.limit + 1)
      .offset(offset),
    db.select({ total: count() }).from(orders).where(filter),
  ]);
  return toPage(
    rows,
    query.limit,
    counted?.total ?? 0,
    // Id pages continue after the last id; total sorts after the rows shown so far.
    (row) => (byId ? row.order.id : String(offset + query.limit)),
    ({ order: row, customerName: name }) => ({
      id: row.id,
      number: row.number,
      email: row.email,
      customerName: name,
      customerId: row.customerId,
      status: row.status,
      paymentStatus: row.paymentStatus,
      fulfillmentStatus: row.fulfillmentStatus,
      total: money(row.total, row.currency),
      itemCount: row.itemCount,
      placedAt: row.placedAt.toISOString(),
    }),
  );
}

/**
 * Every order matching the list's filters, newest first, in batches of `batchSize` by id (keyset, no counts):
 * what the CSV export streams, whatever the number of orders.
 */
export async function* iterateAdminOrders(
  db: DbOrTx,
  query: Omit<AdminOrderListQuery, 'cursor' | 'limit' | 'sort'>,
  batchSize = 500,
): AsyncGenerator<(OrderRow & { customerName: string; itemCount: number })[]> {
  const filter = filtersOf({ ...query, sort: 'newest', limit: batchSize });
  let after: string | undefined;
  for (;;) {
    const rows = await db
      .select({
        order: orders,
        customerName,
        itemCount: sql<number>`(select coalesce(sum(l.quantity), 0)::int from ${orderLines} l where l.order_id = "orders"."id")`,
      })
      .from(orders)
      .where(and(filter, after ? lt(orders.id, after) : undefined))
      .orderBy(desc(orders.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((row) => ({ ...row.order, customerName: row.customerName, itemCount: row.itemCount }));
    if (rows.length < batchSize) return;
    after = rows.at(-1)?.order.id;
  }
}

/** One order with its timeline and the operations its state allows. */
export async function getAdminOrder(db: DbOrTx, id: string): Promise<AdminOrder> {
  const rows = await db.select().from(orders).where(eq(orders.id, id));
  const [order] = await loadOrders(db, rows);
  const row = rows[0];
  if (!order || !row) throw new AppError('not_found', 'No such order.');
  const [events, refundRows, paymentRows] = await Promise.all([
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, id))
      .orderBy(desc(orderEvents.createdAt), desc(orderEvents.id)),
    db.select().from(refunds).where(eq(refunds.orderId, id)).orderBy(asc(refunds.createdAt)),
    db.select().from(payments).where(eq(payments.orderId, id)),
  ]);
  const refundable = paymentRows.reduce(
    (sum, payment) => sum + payment.capturedAmount - payment.refundedAmount,
    0,
  );
  return {
    ...order,
    customerId: row.customerId,
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      message: event.message,
      actor: event.actorId ? { id: event.actorId, name: event.actorName ?? event.actorId } : null,
      createdAt: event.createdAt.toISOString(),
    })),
    allowedActions: allowedOperations(row),
    refunds: refundRows.map((refund) => ({
      id: refund.id,
      amount: money(refund.amount, row.currency),
      reason: refund.reason,
      items: refund.lines.map((line) => ({ lineId: line.orderLineId, quantity: line.quantity })),
      restocked: refund.restocked,
      createdAt: refund.createdAt.toISOString(),
    })),
    refundable: money(refundable, row.currency),
  };
}

/** The order row locked for an operation (404 when missing). */
export async function lockOrder(tx: DbOrTx, id: string): Promise<OrderRow> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'No such order.');
  return row;
}

/** Writes the new state and a timeline event. */
export async function recordTransition(
  tx: DbOrTx,
  id: string,
  state: OrderState,
  event: {
    kind: string;
    message: string;
    actor: { id: string; name: string } | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx
    .update(orders)
    // Only the three states: callers often pass the whole locked row with its states changed.
    .set({
      status: state.status,
      paymentStatus: state.paymentStatus,
      fulfillmentStatus: state.fulfillmentStatus,
      updatedAt: sql`now()`,
    })
    .where(eq(orders.id, id));
  await addOrderEvent(tx, id, event);
}

export async function addOrderEvent(
  tx: DbOrTx,
  id: string,
  event: {
    kind: string;
    message: string;
    actor: { id: string; name: string } | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(orderEvents).values({
    id: newId('orderEvent'),
    orderId: id,
    kind: event.kind,
    message: event.message,
    data: event.data ?? null,
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.name ?? null,
  });
}

/** The order's lines with what is already refunded of each (for a refund by lines). */
export async function listLinesWithRefunded(
  tx: DbOrTx,
  orderId: string,
): Promise<{ id: string; variantId: string | null; quantity: number; total: number; refunded: number }[]> {
  const [lines, done] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position)),
    tx.select({ lines: refunds.lines }).from(refunds).where(eq(refunds.orderId, orderId)),
  ]);
  const refunded = new Map<string, number>();
  for (const refund of done)
    for (const line of refund.lines)
      refunded.set(line.orderLineId, (refunded.get(line.orderLineId) ?? 0) + line.quantity);
  return lines.map((line) => ({
    id: line.id,
    variantId: line.variantId,
    quantity: line.quantity,
    total: line.total,
    refunded: refunded.get(line.id) ?? 0,
  }));
}

export async function insertRefund(
  tx: DbOrTx,
  input: Omit<typeof refunds.$inferInsert, 'id' | 'createdAt'>,
): Promise<string> {
  const id = newId('refund');
  await tx.insert(refunds).values({ id, ...input });
  return id;
}
