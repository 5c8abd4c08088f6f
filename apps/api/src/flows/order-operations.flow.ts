import type { Database, Transaction } from '../db/client';
import { returnStock } from '../modules/catalog';
import { issueCreditNote, issueInvoice } from '../modules/documents';
import { queueMail, renderShipmentMail } from '../modules/mail';
import {
  type AdminOrder,
  addOrderEvent,
  assertAllowed,
  findOrderPayment,
  getAdminOrder,
  insertRefund,
  insertShipment,
  listLinesWithRefunded,
  listLinesWithShipped,
  listOrderLineVariants,
  lockOrder,
  markShipmentDelivered,
  nextState,
  orderGuestToken,
  recordTransition,
  updatePayment,
} from '../modules/orders';
import type { NewRefund, NewShipment } from '../modules/orders/admin-orders.schemas';
import { findPaymentProvider } from '../modules/payments';
import { emitWebhookEvent, orderEventData } from '../modules/webhooks';
import { AppError } from '../shared/app-error';
import { divideRounded, formatMoney } from '../shared/money';

/** Who does it, as the order's timeline shows them. */
export interface OrderActor {
  id: string;
  name: string;
}

/**
 * Each operation locks the order row, checks the state machine (409 `invalid_transition`), talks to the
 * payment provider, and records the new state with a timeline event, in one transaction: a retry finds the
 * new state and is refused rather than repeated (and the Idempotency-Key replays the first answer).
 */

/**
 * A call to the payment provider inside an operation's transaction. A provider that fails or does not answer
 * is a 502 `payment_failed` (the transaction rolls back: the order is as it was, and the operation can be
 * retried), not an internal error; the provider's own error goes to the log through the cause.
 */
async function atProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'payment_failed',
      'The payment provider did not answer properly; nothing was changed. Retry in a moment.',
      undefined,
      undefined,
      { cause: error },
    );
  }
}

/** Captures an authorised card payment in full. */
export async function captureOrderPayment(
  db: Database,
  orderId: string,
  actor: OrderActor,
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const state = nextState(order, 'capture');
    const payment = await findOrderPayment(tx, orderId);
    if (!payment) throw new AppError('invalid_transition', 'This order has no payment to capture.');
    await atProvider(() => findPaymentProvider(payment.provider).capture(payment.reference, payment.amount));
    await updatePayment(tx, payment.id, { status: 'captured', capturedAmount: payment.amount });
    await recordTransition(tx, orderId, state, {
      kind: 'payment_captured',
      message: `Payment of ${formatMoney(payment.amount, payment.currency)} captured`,
      actor,
    });
    await issueInvoice(tx, orderId);
    await emitWebhookEvent(tx, 'order.paid', orderEventData({ ...order, ...state }));
  });
  return getAdminOrder(db, orderId);
}

/** Records a manual payment (bank transfer, cash on delivery) as received. */
export async function markOrderPaid(
  db: Database,
  orderId: string,
  actor: OrderActor,
  note: string | undefined,
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const state = nextState(order, 'mark_paid');
    const payment = await findOrderPayment(tx, orderId);
    if (payment) await updatePayment(tx, payment.id, { status: 'captured', capturedAmount: payment.amount });
    await recordTransition(tx, orderId, state, {
      kind: 'marked_paid',
      message: `Payment of ${formatMoney(order.total, order.currency)} received${note ? `: ${note}` : ''}`,
      actor,
    });
    await issueInvoice(tx, orderId);
    await emitWebhookEvent(tx, 'order.paid', orderEventData({ ...order, ...state }));
  });
  return getAdminOrder(db, orderId);
}

/**
 * Cancels an unfulfilled order: voids an authorisation (or a payment still awaited), refunds a captured one in
 * full, and puts the items back in stock unless told not to.
 */
export async function cancelOrder(
  db: Database,
  orderId: string,
  actor: OrderActor,
  input: { reason: string; restock: boolean },
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const state = nextState(order, 'cancel');
    const payment = await findOrderPayment(tx, orderId);
    let paymentNote = '';
    let refunded: { refundId: string; amount: { amount: number; currency: string } } | undefined;
    if (payment) {
      const provider = findPaymentProvider(payment.provider);
      if (payment.status === 'captured') {
        const refund = payment.capturedAmount - payment.refundedAmount;
        await atProvider(() => provider.refund(payment.reference, refund));
        await updatePayment(tx, payment.id, { status: 'refunded', refundedAmount: payment.capturedAmount });
        const refundId = await insertRefund(tx, {
          orderId,
          paymentId: payment.id,
          amount: refund,
          reason: `Order cancelled: ${input.reason}`,
          lines: [],
          restocked: input.restock,
          actorId: actor.id,
          actorName: actor.name,
        });
        await issueCreditNote(tx, orderId, refundId);
        refunded = { refundId, amount: { amount: refund, currency: payment.currency } };
        paymentNote = ` ${formatMoney(refund, payment.currency)} refunded.`;
      } else if (payment.status === 'authorized' || payment.status === 'pending') {
        if (payment.status === 'authorized') await atProvider(() => provider.void(payment.reference));
        await updatePayment(tx, payment.id, { status: 'voided' });
        paymentNote = payment.status === 'authorized' ? ' Card authorisation voided.' : '';
      }
    }
    if (input.restock)
      await returnStock(tx, await listOrderLineVariants(tx, orderId), {
        reason: 'cancelled',
        orderId,
        actor,
      });
    await recordTransition(tx, orderId, state, {
      kind: 'cancelled',
      message: `Order cancelled: ${input.reason}.${paymentNote}${input.restock ? ' Items put back in stock.' : ''}`,
      actor,
      data: { reason: input.reason, restock: input.restock },
    });
    const after = { ...order, ...state };
    await emitWebhookEvent(
      tx,
      'order.cancelled',
      orderEventData(after, { reason: input.reason, restocked: input.restock }),
    );
    if (refunded)
      await emitWebhookEvent(
        tx,
        'order.refunded',
        orderEventData(after, {
          ...refunded,
          reason: `Order cancelled: ${input.reason}`,
          restocked: input.restock,
        }),
      );
  });
  return getAdminOrder(db, orderId);
}

/** Adds an internal staff note to the timeline (never shown to the customer). */
export async function addOrderNote(
  db: Database,
  orderId: string,
  actor: OrderActor,
  text: string,
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    await lockOrder(tx, orderId);
    await addOrderEvent(tx, orderId, { kind: 'note', message: text, actor });
  });
  return getAdminOrder(db, orderId);
}

/** What shipping emails need to link to the order. */
export interface OrderLinks {
  storefrontUrl: string;
  orderLinkSecret: string;
  storeName: string;
}

/**
 * Ships some or all of what is left of an order: quantities are checked against what was ordered and already
 * shipped (400 on `items.N.quantity`); an authorised card payment is captured with the first shipment; the
 * fulfilment becomes partial or complete; the customer gets the "shipped" email with the tracking details.
 */
export async function shipOrder(
  db: Database,
  orderId: string,
  actor: OrderActor,
  input: NewShipment,
  links: OrderLinks,
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    assertAllowed(order, 'ship');
    const lines = await listLinesWithShipped(tx, orderId);
    const wanted =
      input.items ??
      lines
        .filter((line) => line.quantity > line.shipped)
        .map((line) => ({ lineId: line.id, quantity: line.quantity - line.shipped }));
    const problems = wanted.flatMap((item, index) => {
      const line = lines.find((candidate) => candidate.id === item.lineId);
      if (!line) return [{ path: `items.${index}.lineId`, message: 'No such line in this order.' }];
      const left = line.quantity - line.shipped;
      return item.quantity > left
        ? [
            {
              path: `items.${index}.quantity`,
              message: left === 0 ? 'Already shipped.' : `Only ${left} left to ship.`,
            },
          ]
        : [];
    });
    if (new Set(wanted.map((item) => item.lineId)).size !== wanted.length)
      problems.push({ path: 'items', message: 'List each line once.' });
    if (problems.length > 0) throw new AppError('validation_failed', problems[0]?.message, problems);

    await insertShipment(tx, {
      orderId,
      carrier: input.carrier,
      trackingNumber: input.trackingNumber ?? null,
      trackingUrl: input.trackingUrl ?? null,
      lines: wanted.map((item) => ({ orderLineId: item.lineId, quantity: item.quantity })),
    });
    const complete = lines.every(
      (line) =>
        line.shipped + (wanted.find((item) => item.lineId === line.id)?.quantity ?? 0) >= line.quantity,
    );
    let state = {
      ...nextState(order, 'ship'),
      fulfillmentStatus: complete ? ('fulfilled' as const) : ('partially_fulfilled' as const),
    };
    const payment = await findOrderPayment(tx, orderId);
    if (payment?.status === 'authorized') {
      await atProvider(() =>
        findPaymentProvider(payment.provider).capture(payment.reference, payment.amount),
      );
      await updatePayment(tx, payment.id, { status: 'captured', capturedAmount: payment.amount });
      state = { ...state, paymentStatus: 'paid' };
      await addOrderEvent(tx, orderId, {
        kind: 'payment_captured',
        message: `Payment of ${formatMoney(payment.amount, payment.currency)} captured on shipping`,
        actor,
      });
      await issueInvoice(tx, orderId);
    }
    const units = wanted.reduce((sum, item) => sum + item.quantity, 0);
    await recordTransition(tx, orderId, state, {
      kind: 'shipped',
      message: `${units} item${units > 1 ? 's' : ''} shipped with ${input.carrier}${input.trackingNumber ? ` (tracking ${input.trackingNumber})` : ''}`,
      actor,
    });
    if (state.paymentStatus === 'paid' && order.paymentStatus === 'authorized')
      await emitWebhookEvent(tx, 'order.paid', orderEventData({ ...order, ...state }));
    if (complete)
      await emitWebhookEvent(
        tx,
        'order.fulfilled',
        orderEventData(
          { ...order, ...state },
          { carrier: input.carrier, trackingNumber: input.trackingNumber ?? null },
        ),
      );
    if (input.notifyCustomer) {
      const orderUrl = `${links.storefrontUrl}/orders/${order.number}?token=${orderGuestToken(links.orderLinkSecret, orderId)}`;
      await queueMail(
        tx,
        order.email,
        renderShipmentMail({
          storeName: links.storeName,
          orderNumber: order.number,
          lines: wanted.map((item) => ({
            title: lines.find((line) => line.id === item.lineId)?.title ?? '',
            quantity: item.quantity,
          })),
          carrier: input.carrier,
          trackingNumber: input.trackingNumber ?? null,
          trackingUrl: input.trackingUrl ?? null,
          complete,
          orderUrl,
        }),
      );
      await addOrderEvent(tx, orderId, {
        kind: 'email_sent',
        message: `“Shipped” email sent to ${order.email}`,
        actor: null,
      });
    }
  });
  return getAdminOrder(db, orderId);
}

/** Marks a shipment delivered; the order is completed once everything shipped is delivered and it is paid. */
export async function deliverShipment(
  db: Database,
  orderId: string,
  shipmentId: string,
  actor: OrderActor,
): Promise<AdminOrder> {
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (order.status === 'cancelled') throw new AppError('invalid_transition', 'This order is cancelled.');
    const allDelivered = await markShipmentDelivered(tx, orderId, shipmentId);
    const completes =
      allDelivered && order.fulfillmentStatus === 'fulfilled' && order.paymentStatus === 'paid';
    await recordTransition(
      tx,
      orderId,
      {
        status: completes ? 'completed' : order.status,
        paymentStatus: order.paymentStatus,
        fulfillmentStatus: order.fulfillmentStatus,
      },
      {
        kind: 'delivered',
        message: completes ? 'Delivered: order completed' : 'A shipment was delivered',
        actor,
      },
    );
  });
  return getAdminOrder(db, orderId);
}

/**
 * Refunds part or all of a captured payment: by lines (their paid value, shares rounded half away from zero)
 * and/or an amount. The order and payment rows are locked, so concurrent refunds queue and each sees what the
 * others refunded: never more than captured (also a check constraint on payments). Lines refunded can be put
 * back in stock (`returned` in the ledger).
 */
export async function refundOrder(
  db: Database,
  orderId: string,
  actor: OrderActor,
  input: NewRefund,
): Promise<AdminOrder> {
  await db.transaction((tx) => refundInTransaction(tx, orderId, actor, input));
  return getAdminOrder(db, orderId);
}

/** The refund itself, in the caller's transaction (a return's refund marks the return in the same one). */
export async function refundInTransaction(
  tx: Transaction,
  orderId: string,
  actor: OrderActor,
  input: NewRefund,
): Promise<{ refundId: string; amount: number }> {
  const order = await lockOrder(tx, orderId);
  assertAllowed(order, 'refund');
  const payment = await findOrderPayment(tx, orderId);
  if (!payment) throw new AppError('invalid_transition', 'This order has no payment to refund.');
  const refundable = payment.capturedAmount - payment.refundedAmount;
  const lines = await listLinesWithRefunded(tx, orderId);
  const items = input.items ?? [];
  const problems = items.flatMap((item, index) => {
    const line = lines.find((candidate) => candidate.id === item.lineId);
    if (!line) return [{ path: `items.${index}.lineId`, message: 'No such line in this order.' }];
    const left = line.quantity - line.refunded;
    return item.quantity > left
      ? [
          {
            path: `items.${index}.quantity`,
            message: left === 0 ? 'Already refunded.' : `Only ${left} left to refund.`,
          },
        ]
      : [];
  });
  if (problems.length > 0) throw new AppError('refund_too_large', problems[0]?.message, problems);
  const linesValue = items.reduce((sum, item) => {
    const line = lines.find((candidate) => candidate.id === item.lineId);
    return sum + (line ? divideRounded(line.total * item.quantity, line.quantity) : 0);
  }, 0);
  const amount = input.amount ?? (items.length > 0 ? Math.min(linesValue, refundable) : refundable);
  if (amount <= 0 || amount > refundable) {
    const most = formatMoney(refundable, payment.currency);
    throw new AppError('refund_too_large', `At most ${most} can still be refunded.`, [
      { path: 'amount', message: `At most ${most}.` },
    ]);
  }
  await atProvider(() => findPaymentProvider(payment.provider).refund(payment.reference, amount));
  const complete = payment.refundedAmount + amount === payment.capturedAmount;
  await updatePayment(tx, payment.id, {
    refundedAmount: payment.refundedAmount + amount,
    ...(complete ? { status: 'refunded' as const } : {}),
  });
  const refundId = await insertRefund(tx, {
    orderId,
    paymentId: payment.id,
    amount,
    reason: input.reason,
    lines: items.map((item) => ({ orderLineId: item.lineId, quantity: item.quantity })),
    restocked: input.restock && items.length > 0,
    actorId: actor.id,
    actorName: actor.name,
  });
  await issueCreditNote(tx, orderId, refundId);
  if (input.restock && items.length > 0) {
    await returnStock(
      tx,
      items.flatMap((item) => {
        const variantId = lines.find((line) => line.id === item.lineId)?.variantId;
        return variantId ? [{ variantId, quantity: item.quantity }] : [];
      }),
      { reason: 'returned', orderId, actor },
    );
  }
  const refundedState = {
    ...nextState(order, 'refund'),
    paymentStatus: complete ? ('refunded' as const) : ('partially_refunded' as const),
  };
  await recordTransition(tx, orderId, refundedState, {
    kind: 'refunded',
    message: `${formatMoney(amount, payment.currency)} refunded: ${input.reason}${input.restock && items.length > 0 ? ' (items put back in stock)' : ''}`,
    actor,
  });
  await emitWebhookEvent(
    tx,
    'order.refunded',
    orderEventData(
      { ...order, ...refundedState },
      {
        refundId,
        amount: { amount, currency: payment.currency },
        reason: input.reason,
        items: items.map((item) => ({ lineId: item.lineId, quantity: item.quantity })),
        restocked: input.restock && items.length > 0,
      },
    ),
  );
  return { refundId, amount };
}
