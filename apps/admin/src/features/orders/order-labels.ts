import type { BadgeTone } from '@comptoir/ui';
import { currencyDigits, formatMoneyAmount } from '../../lib/decimal-input';
import type { Money, OrderPayment } from './api/get-order';
import type { FulfillmentStatus, OrderSort, OrderStatus, PaymentStatus } from './api/list-orders';

export interface StatusLabel {
  label: string;
  tone: BadgeTone;
}

/** "#1001": how staff and customers name an order. */
export function orderNumberLabel(number: number): string {
  return `#${number}`;
}

/** Where the order stands as a whole. */
export const orderStatusLabels: Record<OrderStatus, StatusLabel> = {
  pending: { label: 'Pending', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'info' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  completed: { label: 'Completed', tone: 'success' },
};

/** Where the money stands; worded to read on its own next to the other badges. */
export const paymentStatusLabels: Record<PaymentStatus, StatusLabel> = {
  awaiting_payment: { label: 'Awaiting payment', tone: 'warning' },
  authorized: { label: 'Payment authorised', tone: 'info' },
  paid: { label: 'Paid', tone: 'success' },
  voided: { label: 'Payment voided', tone: 'neutral' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  partially_refunded: { label: 'Partially refunded', tone: 'neutral' },
};

/** Where the parcels stand. */
export const fulfillmentStatusLabels: Record<FulfillmentStatus, StatusLabel> = {
  unfulfilled: { label: 'Unfulfilled', tone: 'neutral' },
  partially_fulfilled: { label: 'Partially fulfilled', tone: 'info' },
  fulfilled: { label: 'Fulfilled', tone: 'success' },
};

export const orderSortLabels: Record<OrderSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  total_desc: 'Total, high to low',
  total_asc: 'Total, low to high',
};

/** "49.90 EUR", as the back office shows amounts. */
export function formatOrderMoney(money: Money): string {
  return formatMoneyAmount(money, currencyDigits(money.currency));
}

/** "1 item", "3 items" (units, not lines). */
export function itemCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** "Bank transfer (manual)", "Test card", "Stripe". */
export function paymentProviderLabel(provider: string): string {
  if (provider === 'manual') return 'Bank transfer (manual)';
  if (provider === 'test-card') return 'Test card';
  const words = provider.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Visa •••• 4242"; null when the payment is not by card. */
export function describeCard(payment: Pick<OrderPayment, 'cardBrand' | 'cardLast4'>): string | null {
  if (!payment.cardBrand && !payment.cardLast4) return null;
  const brand = payment.cardBrand
    ? payment.cardBrand.charAt(0).toUpperCase() + payment.cardBrand.slice(1)
    : 'Card';
  return payment.cardLast4 ? `${brand} •••• ${payment.cardLast4}` : brand;
}

/** The payment record's own status (the provider's side), in words. */
export const paymentRecordStatusLabels: Record<OrderPayment['status'], StatusLabel> = {
  pending: { label: 'Not received yet', tone: 'warning' },
  authorized: { label: 'Authorised, not captured', tone: 'info' },
  captured: { label: 'Captured', tone: 'success' },
  voided: { label: 'Voided', tone: 'neutral' },
  refunded: { label: 'Refunded', tone: 'neutral' },
};

/** Where a parcel stands. */
export const shipmentStatusLabels: Record<'shipped' | 'delivered', StatusLabel> = {
  shipped: { label: 'On its way', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
};
