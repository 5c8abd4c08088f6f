import { type Money, money } from '../../shared/money';
import type { WebhookEventData } from './webhook-events';

/** What an order event says of the order: a stable, small shape (the full order is one API call away). */
export interface OrderFacts {
  id: string;
  number: number;
  email: string;
  customerId: string | null;
  currency: string;
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
}

/** The `data` of `order.*` events: ids, number, states and totals (Money in minor units), plus `extra`. */
export function orderEventData(order: OrderFacts, extra: WebhookEventData = {}): WebhookEventData {
  const amount = (value: number): Money => money(value, order.currency);
  return {
    orderId: order.id,
    number: order.number,
    email: order.email,
    customerId: order.customerId,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    totals: {
      subtotal: amount(order.subtotal),
      discount: amount(order.discountTotal),
      shipping: amount(order.shippingTotal),
      tax: amount(order.taxTotal),
      total: amount(order.total),
    },
    ...extra,
  };
}
