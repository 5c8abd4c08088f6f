import { and, asc, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { divideRounded, money } from '../../shared/money';
import { containsPattern, decodeCursor, toPage } from '../../shared/pagination';
import { getReturnWindowDays } from '../settings';
import {
  type OrderLineRow,
  type OrderRow,
  orderLines,
  orders,
  payments,
  refunds,
  type ShipmentRow,
  shipments,
} from './orders.tables';
import type { AdminReturn, AdminReturnListQuery, OrderReturn } from './returns.schemas';
import { type OrderReturnRow, orderReturns, type ReturnLine } from './returns.tables';

const day = 24 * 60 * 60 * 1000;

export interface Returnability {
  /** The end of the return window (the last delivery + the store's window), or null when nothing is delivered. */
  until: Date | null;
  /** Units of each line a customer may still ask to return now. */
  quantities: Map<string, number>;
}

/**
 * What can be returned: delivered units, minus units refunded, minus units in returns still in progress
 * (requested, approved, received), within the window that opens at the last delivery. Refunded returns are
 * counted through their refund; refused returns free their units again.
 */
export function returnability(input: {
  order: Pick<OrderRow, 'status'>;
  lines: Pick<OrderLineRow, 'id' | 'quantity'>[];
  shipments: Pick<ShipmentRow, 'status' | 'deliveredAt' | 'lines'>[];
  refundedLines: ReturnLine[];
  returns: Pick<OrderReturnRow, 'status' | 'lines'>[];
  windowDays: number;
  now: Date;
}): Returnability {
  const sum = (entries: ReturnLine[]) => {
    const totals = new Map<string, number>();
    for (const entry of entries)
      totals.set(entry.orderLineId, (totals.get(entry.orderLineId) ?? 0) + entry.quantity);
    return totals;
  };
  const delivered = input.shipments.filter((shipment) => shipment.status === 'delivered');
  const lastDelivery = delivered.reduce<Date | null>(
    (latest, shipment) =>
      shipment.deliveredAt && (!latest || shipment.deliveredAt > latest) ? shipment.deliveredAt : latest,
    null,
  );
  const until =
    lastDelivery && input.windowDays > 0 ? new Date(lastDelivery.getTime() + input.windowDays * day) : null;
  const open = until !== null && input.now <= until && input.order.status !== 'cancelled';
  const deliveredUnits = sum(delivered.flatMap((shipment) => shipment.lines));
  const refunded = sum(input.refundedLines);
  const inProgress = sum(
    input.returns
      .filter((entry) => entry.status !== 'refused' && entry.status !== 'refunded')
      .flatMap((entry) => entry.lines),
  );
  const quantities = new Map<string, number>();
  for (const line of input.lines) {
    const left =
      Math.min(deliveredUnits.get(line.id) ?? 0, line.quantity - (refunded.get(line.id) ?? 0)) -
      (inProgress.get(line.id) ?? 0);
    quantities.set(line.id, open ? Math.max(0, left) : 0);
  }
  return { until, quantities };
}

export function returnNumber(number: number): string {
  return `R-${number}`;
}

function lineTitle(line: Pick<OrderLineRow, 'title' | 'variantTitle'>): string {
  return line.variantTitle === 'Default' ? line.title : `${line.title} (${line.variantTitle})`;
}

/** The value of some units of a line: their share of what the line was paid, rounded half away from zero. */
export function unitsValue(line: Pick<OrderLineRow, 'total' | 'quantity'>, quantity: number): number {
  return divideRounded(line.total * quantity, line.quantity);
}

export function toOrderReturn(
  row: OrderReturnRow,
  lines: OrderLineRow[],
  currency: string,
  refundedAmount: number | null,
): OrderReturn {
  return {
    id: row.id,
    number: returnNumber(row.number),
    status: row.status,
    items: row.lines.map((entry) => {
      const line = lines.find((candidate) => candidate.id === entry.orderLineId);
      return {
        lineId: entry.orderLineId,
        title: line ? lineTitle(line) : '',
        sku: line?.sku ?? '',
        quantity: entry.quantity,
        value: money(line ? unitsValue(line, entry.quantity) : 0, currency),
      };
    }),
    reason: row.reason as OrderReturn['reason'],
    comment: row.comment,
    refusalReason: row.refusalReason,
    refundedAmount: refundedAmount === null ? null : money(refundedAmount, currency),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The after-sales side of some orders: their returns, refunded lines and the return window setting. */
export async function loadAfterSales(
  db: DbOrTx,
  orderIds: string[],
): Promise<{
  returns: OrderReturnRow[];
  refunds: { orderId: string; id: string; amount: number; lines: ReturnLine[] }[];
  windowDays: number;
}> {
  const [returnRows, refundRows, windowDays] = await Promise.all([
    db
      .select()
      .from(orderReturns)
      .where(inArray(orderReturns.orderId, orderIds))
      .orderBy(asc(orderReturns.createdAt)),
    db
      .select({ orderId: refunds.orderId, id: refunds.id, amount: refunds.amount, lines: refunds.lines })
      .from(refunds)
      .where(inArray(refunds.orderId, orderIds)),
    getReturnWindowDays(db),
  ]);
  return { returns: returnRows, refunds: refundRows, windowDays };
}

/** Everything needed to check a return request or a refund of it, read with the order locked by the caller. */
export async function loadReturnContext(tx: DbOrTx, order: OrderRow) {
  const [lines, shipmentRows, afterSales] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    tx.select().from(shipments).where(eq(shipments.orderId, order.id)),
    loadAfterSales(tx, [order.id]),
  ]);
  const can = returnability({
    order,
    lines,
    shipments: shipmentRows,
    refundedLines: afterSales.refunds.flatMap((refund) => refund.lines),
    returns: afterSales.returns,
    windowDays: afterSales.windowDays,
    now: new Date(),
  });
  return { lines, returns: afterSales.returns, refunds: afterSales.refunds, ...can };
}

export async function insertReturn(
  tx: DbOrTx,
  input: Pick<OrderReturnRow, 'orderId' | 'customerId' | 'lines' | 'reason' | 'comment'>,
): Promise<OrderReturnRow> {
  const [row] = await tx
    .insert(orderReturns)
    .values({ id: newId('return'), number: sql`nextval('return_numbers')`, ...input })
    .returning();
  if (!row) throw new Error('return insert returned nothing');
  return row;
}

export async function lockReturn(tx: DbOrTx, id: string): Promise<OrderReturnRow> {
  const [row] = await tx.select().from(orderReturns).where(eq(orderReturns.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'No such return.');
  return row;
}

export async function updateReturn(
  tx: DbOrTx,
  id: string,
  changes: Partial<Pick<OrderReturnRow, 'status' | 'refusalReason' | 'refundId'>>,
): Promise<void> {
  await tx
    .update(orderReturns)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(orderReturns.id, id));
}

/** What staff may do with a return in its state. */
export function returnActions(status: OrderReturnRow['status']): AdminReturn['allowedActions'] {
  switch (status) {
    case 'requested':
      return ['approve', 'refuse'];
    case 'approved':
      return ['receive', 'refuse'];
    case 'received':
      return ['refund'];
    default:
      return [];
  }
}

const customerName = sql<string>`coalesce(
  nullif(trim(concat_ws(' ', ${orders.billingAddress}->>'firstName', ${orders.billingAddress}->>'lastName')), ''),
  ${orders.email})`;

async function toAdminReturns(db: DbOrTx, rows: OrderReturnRow[]): Promise<AdminReturn[]> {
  if (rows.length === 0) return [];
  const orderIds = [...new Set(rows.map((row) => row.orderId))];
  const refundIds = rows.flatMap((row) => (row.refundId ? [row.refundId] : []));
  const [orderRows, lines, refundRows, paymentRows] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        email: orders.email,
        currency: orders.currency,
        customerName,
      })
      .from(orders)
      .where(inArray(orders.id, orderIds)),
    db.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)),
    refundIds.length > 0
      ? db
          .select({ id: refunds.id, amount: refunds.amount })
          .from(refunds)
          .where(inArray(refunds.id, refundIds))
      : Promise.resolve([]),
    db
      .select({
        orderId: payments.orderId,
        left: sql<number>`(${payments.capturedAmount} - ${payments.refundedAmount})::int`,
      })
      .from(payments)
      .where(inArray(payments.orderId, orderIds)),
  ]);
  return rows.map((row) => {
    const order = orderRows.find((candidate) => candidate.id === row.orderId);
    if (!order) throw new Error(`return ${row.id} without its order`);
    const orderLinesOf = lines.filter((line) => line.orderId === row.orderId);
    const refunded = refundRows.find((refund) => refund.id === row.refundId)?.amount ?? null;
    const view = toOrderReturn(row, orderLinesOf, order.currency, refunded);
    const itemsValue = view.items.reduce((sum, item) => sum + item.value.amount, 0);
    const left = paymentRows
      .filter((payment) => payment.orderId === row.orderId)
      .reduce((sum, payment) => sum + payment.left, 0);
    return {
      ...view,
      order: { id: order.id, number: order.number, email: order.email, customerName: order.customerName },
      customerId: row.customerId,
      allowedActions: returnActions(row.status),
      refundable: money(row.status === 'refunded' ? 0 : Math.min(itemsValue, left), order.currency),
    };
  });
}

export async function getAdminReturn(db: DbOrTx, id: string): Promise<AdminReturn> {
  const rows = await db.select().from(orderReturns).where(eq(orderReturns.id, id));
  const [item] = await toAdminReturns(db, rows);
  if (!item) throw new AppError('not_found', 'No such return.');
  return item;
}

/** The returns queue: newest first, by status, searchable by return/order number or email. */
export async function listAdminReturns(
  db: DbOrTx,
  query: AdminReturnListQuery,
): Promise<{
  items: AdminReturn[];
  total: number;
  nextCursor: string | null;
  counts: Record<string, number>;
}> {
  const after = decodeCursor(query.cursor);
  const text = query.q?.replace(/^[#rR]-?/, '');
  const search = query.q
    ? or(
        /^\d+$/.test(text ?? '') ? eq(orderReturns.number, Number(text)) : undefined,
        /^\d+$/.test(text ?? '') ? eq(orders.number, Number(text)) : undefined,
        sql`${orders.email} ilike ${containsPattern(query.q)}`,
      )
    : undefined;
  const filters = and(query.status ? eq(orderReturns.status, query.status) : undefined, search);
  const [rows, [counted], perStatus] = await Promise.all([
    db
      .select({ row: orderReturns })
      .from(orderReturns)
      .innerJoin(orders, eq(orders.id, orderReturns.orderId))
      .where(and(filters, after ? lt(orderReturns.id, after) : undefined))
      .orderBy(desc(orderReturns.id))
      .limit(query.limit + 1),
    db
      .select({ total: count() })
      .from(orderReturns)
      .innerJoin(orders, eq(orders.id, orderReturns.orderId))
      .where(filters),
    db
      .select({ status: orderReturns.status, total: count() })
      .from(orderReturns)
      .groupBy(orderReturns.status),
  ]);
  const page = toPage(
    rows.map((entry) => entry.row),
    query.limit,
    counted?.total ?? 0,
    (row) => row.id,
    (row) => row,
  );
  return {
    ...page,
    items: await toAdminReturns(db, page.items),
    counts: Object.fromEntries(perStatus.map((entry) => [entry.status, entry.total])),
  };
}
