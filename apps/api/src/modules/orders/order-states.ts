import { AppError } from '../../shared/app-error';
import type { fulfillmentStatuses, orderStatuses, paymentStatuses } from './orders.tables';

export type OrderStatus = (typeof orderStatuses)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];
export type FulfillmentStatus = (typeof fulfillmentStatuses)[number];

export interface OrderState {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
}

/**
 * The order state machine, in one table: every operation, the states it accepts, and the state it leads to.
 * Anything else is 409 `invalid_transition` with the reason. (Shipments, deliveries and refunds join it.)
 *
 * | operation | needs                                                        | gives                         |
 * |-----------|--------------------------------------------------------------|-------------------------------|
 * | capture   | payment authorized, order not cancelled                      | payment paid                  |
 * | mark_paid | payment awaiting_payment, order pending                      | payment paid, order confirmed |
 * | ship      | payment authorized, paid or partially refunded; not all sent | fulfilment partially_fulfilled|
 * |           | (an authorised payment is captured on the first shipment)    | or fulfilled; payment paid    |
 * | deliver   | a shipment shipped                                           | order completed once all      |
 * |           |                                                              | shipped, delivered and paid   |
 * | refund    | payment paid or partially_refunded                           | payment partially_refunded or |
 * |           | (never more than captured − refunded: checked and constrained)| refunded                      |
 * | cancel    | order pending or confirmed, fulfilment unfulfilled           | order cancelled; payment      |
 * |           |                                                              | voided (was awaiting or       |
 * |           |                                                              | authorized) or refunded (paid)|
 */
export const orderOperations = ['capture', 'mark_paid', 'ship', 'refund', 'cancel'] as const;
export type OrderOperation = (typeof orderOperations)[number];

/** Why the operation is not allowed in this state, or null when it is. */
export function refusal(state: OrderState, operation: OrderOperation): string | null {
  if (state.status === 'cancelled') return 'This order is cancelled.';
  switch (operation) {
    case 'refund':
      if (state.paymentStatus === 'refunded') return 'This order is already fully refunded.';
      if (state.paymentStatus !== 'paid' && state.paymentStatus !== 'partially_refunded')
        return 'Nothing has been paid on this order yet: cancel it instead.';
      return null;
    case 'capture':
      if (state.paymentStatus === 'paid') return 'The payment is already captured.';
      if (state.paymentStatus !== 'authorized') return 'There is no authorised card payment to capture.';
      return null;
    case 'mark_paid':
      if (state.paymentStatus === 'paid') return 'This order is already paid.';
      if (state.paymentStatus !== 'awaiting_payment')
        return 'Only an order awaiting a manual payment can be marked paid.';
      return null;
    case 'ship':
      if (state.fulfillmentStatus === 'fulfilled') return 'Everything in this order has already shipped.';
      if (state.paymentStatus === 'awaiting_payment') return 'This order is waiting for its payment.';
      if (!['authorized', 'paid', 'partially_refunded'].includes(state.paymentStatus))
        return 'Only paid or authorised orders can be shipped.';
      return null;
    case 'cancel':
      if (state.fulfillmentStatus !== 'unfulfilled')
        return 'Orders that have shipped cannot be cancelled; refund them instead.';
      if (state.status === 'completed') return 'Completed orders cannot be cancelled; refund them instead.';
      return null;
  }
}

/** The operations allowed now (what the back-office offers). */
export function allowedOperations(state: OrderState): OrderOperation[] {
  return orderOperations.filter((operation) => refusal(state, operation) === null);
}

/** Throws 409 `invalid_transition` unless the operation is allowed. */
export function assertAllowed(state: OrderState, operation: OrderOperation): void {
  const reason = refusal(state, operation);
  if (reason) throw new AppError('invalid_transition', reason);
}

/** The state after an allowed operation. */
export function nextState(state: OrderState, operation: OrderOperation): OrderState {
  assertAllowed(state, operation);
  switch (operation) {
    case 'capture':
      return { ...state, paymentStatus: 'paid' };
    case 'mark_paid':
      return { ...state, paymentStatus: 'paid', status: 'confirmed' };
    case 'refund':
      // The caller knows whether this refund completes it.
      return { ...state, paymentStatus: 'partially_refunded' };
    case 'ship':
      // The caller knows whether this shipment completes the order.
      return { ...state, fulfillmentStatus: 'partially_fulfilled' };
    case 'cancel':
      return {
        ...state,
        status: 'cancelled',
        paymentStatus: state.paymentStatus === 'paid' ? 'refunded' : 'voided',
      };
  }
}
