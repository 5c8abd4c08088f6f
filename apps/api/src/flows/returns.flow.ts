import type { Database, Transaction } from '../db/client';
import { queueMail, renderNoticeMail } from '../modules/mail';
import { addOrderEvent, lockOrder, orderGuestToken } from '../modules/orders';
import type { AdminReturn, NewReturn, RefundReturn } from '../modules/orders/returns.schemas';
import {
  getAdminReturn,
  insertReturn,
  loadReturnContext,
  lockReturn,
  returnActions,
  returnNumber,
  updateReturn,
} from '../modules/orders/returns.service';
import type { OrderReturnRow } from '../modules/orders/returns.tables';
import { type AdminSettings, getAdminSettings } from '../modules/settings';
import { emitWebhookEvent } from '../modules/webhooks';
import { AppError } from '../shared/app-error';
import { formatMoney } from '../shared/money';
import { type OrderActor, refundInTransaction } from './order-operations.flow';

/**
 * Returns (RMA), one table of states: requested → approved → received → refunded, or refused (from requested
 * or approved). Each step locks the return row, so a retried or concurrent step finds the new state and is
 * refused (409 `invalid_transition`) instead of repeated; the refund and the return's new state commit
 * together, with the stock put back (`returned` in the ledger).
 */
export interface ReturnLinks {
  storefrontUrl: string;
  orderLinkSecret: string;
}

/** A customer (or a guest holding the order link) asks to return delivered items. */
export async function requestReturn(
  db: Database,
  links: ReturnLinks,
  orderId: string,
  requester: { customerId: string | null; name: string },
  input: NewReturn,
): Promise<void> {
  const settings = await getAdminSettings(db);
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const context = await loadReturnContext(tx, order);
    if (!context.until)
      throw new AppError('return_not_allowed', 'Items can be returned once they have been delivered.');
    const problems = input.items.flatMap((item, index) => {
      const line = context.lines.find((candidate) => candidate.id === item.lineId);
      if (!line) return [{ path: `items.${index}.lineId`, message: 'No such item in this order.' }];
      const left = context.quantities.get(line.id) ?? 0;
      if (item.quantity <= left) return [];
      return [
        {
          path: `items.${index}.quantity`,
          message: left === 0 ? 'This item cannot be returned.' : `At most ${left} can be returned.`,
        },
      ];
    });
    if (new Date() > context.until)
      throw new AppError(
        'return_not_allowed',
        `The return window closed on ${context.until.toISOString().slice(0, 10)}.`,
      );
    if (problems.length > 0) throw new AppError('return_not_allowed', problems[0]?.message, problems);
    const row = await insertReturn(tx, {
      orderId,
      customerId: requester.customerId,
      lines: input.items.map((item) => ({ orderLineId: item.lineId, quantity: item.quantity })),
      reason: input.reason,
      comment: input.comment ?? null,
    });
    const units = input.items.reduce((sum, item) => sum + item.quantity, 0);
    await addOrderEvent(tx, orderId, {
      kind: 'return_requested',
      message: `Return ${returnNumber(row.number)} requested for ${units} item${units > 1 ? 's' : ''} (${input.reason.replace(/_/g, ' ')})`,
      actor: requester.customerId ? { id: requester.customerId, name: requester.name } : null,
      data: { returnId: row.id },
    });
    await emitWebhookEvent(tx, 'return.requested', {
      returnId: row.id,
      returnNumber: returnNumber(row.number),
      orderId,
      orderNumber: order.number,
      customerId: requester.customerId,
      reason: input.reason,
      comment: input.comment ?? null,
      items: input.items.map((item) => ({ lineId: item.lineId, quantity: item.quantity })),
    });
    await queueMail(
      tx,
      order.email,
      renderNoticeMail({
        template: 'return_requested',
        storeName: settings.name,
        subject: `We received your return request ${returnNumber(row.number)} for order #${order.number}`,
        paragraphs: [
          `We received your request to return ${units} item${units > 1 ? 's' : ''} of order #${order.number}.`,
          'We will tell you by email, usually within two business days, whether and where to send them.',
        ],
        action: { label: 'See my order', url: orderLink(links, order) },
      }),
    );
  });
}

function orderLink(links: ReturnLinks, order: { id: string; number: number }): string {
  return `${links.storefrontUrl}/orders/${order.number}?token=${orderGuestToken(links.orderLinkSecret, order.id)}`;
}

async function step(
  db: Database,
  links: ReturnLinks,
  returnId: string,
  action: AdminReturn['allowedActions'][number],
  actor: OrderActor,
  apply: (
    row: OrderReturnRow,
    tx: Transaction,
    settings: AdminSettings,
  ) => Promise<{
    event: string;
    mail?: string[];
  }>,
): Promise<AdminReturn> {
  // Read before the transaction: a second pooled connection taken while holding row locks can starve the pool.
  const settings = await getAdminSettings(db);
  await db.transaction(async (tx) => {
    const row = await lockReturn(tx, returnId);
    if (!returnActions(row.status).includes(action))
      throw new AppError(
        'invalid_transition',
        `A return that is ${row.status} cannot be ${pastTense[action]}.`,
      );
    const order = await lockOrder(tx, row.orderId);
    const { event, mail } = await apply(row, tx, settings);
    await addOrderEvent(tx, row.orderId, {
      kind: `return_${pastTense[action]}`,
      message: `Return ${returnNumber(row.number)} ${event}`,
      actor,
      data: { returnId: row.id },
    });
    if (mail) {
      await queueMail(
        tx,
        order.email,
        renderNoticeMail({
          template: `return_${pastTense[action]}`,
          storeName: settings.name,
          subject: `Your return ${returnNumber(row.number)} for order #${order.number}`,
          paragraphs: mail,
          action: { label: 'See my order', url: orderLink(links, order) },
        }),
      );
    }
  });
  return getAdminReturn(db, returnId);
}

const pastTense = {
  approve: 'approved',
  refuse: 'refused',
  receive: 'received',
  refund: 'refunded',
} as const;

export function approveReturn(db: Database, links: ReturnLinks, returnId: string, actor: OrderActor) {
  return step(db, links, returnId, 'approve', actor, async (row, tx, settings) => {
    await updateReturn(tx, row.id, { status: 'approved' });
    const address = [settings.legalName ?? settings.name, settings.legalAddress].filter(Boolean).join(', ');
    return {
      event: 'approved',
      mail: [
        `Your return ${returnNumber(row.number)} is approved.`,
        `Please send the items back${address ? ` to ${address}` : ''}, with the return number ${returnNumber(row.number)} in the parcel. We refund you as soon as they arrive.`,
      ],
    };
  });
}

export function refuseReturn(
  db: Database,
  links: ReturnLinks,
  returnId: string,
  actor: OrderActor,
  reason: string,
) {
  return step(db, links, returnId, 'refuse', actor, async (row, tx) => {
    await updateReturn(tx, row.id, { status: 'refused', refusalReason: reason });
    return {
      event: `refused: ${reason}`,
      mail: [`We cannot accept your return ${returnNumber(row.number)}.`, `The reason: ${reason}`],
    };
  });
}

export function receiveReturn(db: Database, links: ReturnLinks, returnId: string, actor: OrderActor) {
  return step(db, links, returnId, 'receive', actor, async (row, tx) => {
    await updateReturn(tx, row.id, { status: 'received' });
    return { event: 'received' };
  });
}

/** Refunds a received return (its items' value unless told an amount) and puts the items back in stock. */
export function refundReturn(
  db: Database,
  links: ReturnLinks,
  returnId: string,
  actor: OrderActor,
  input: RefundReturn,
) {
  return step(db, links, returnId, 'refund', actor, async (row, tx) => {
    const order = await lockOrder(tx, row.orderId);
    const { refundId, amount: refunded } = await refundInTransaction(tx, row.orderId, actor, {
      reason: `Return ${returnNumber(row.number)}`,
      items: row.lines.map((entry) => ({ lineId: entry.orderLineId, quantity: entry.quantity })),
      restock: input.restock,
      ...(input.amount !== undefined ? { amount: input.amount } : {}),
    });
    await updateReturn(tx, row.id, { status: 'refunded', refundId });
    const amount = formatMoney(refunded, order.currency);
    return {
      event: `refunded${input.restock ? ', items back in stock' : ''}`,
      mail: [`We received the items of your return ${returnNumber(row.number)} and refunded you ${amount}.`],
    };
  });
}
