import type { BadgeTone } from '@comptoir/ui';
import type { Order, OrderStatus, PaymentStatus } from './api/order-types';

/** "#1001": how customers see an order number. */
export const orderLabel = (number: number) => `#${number}`;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "23 November 2026". */
export function formatOrderDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export const orderStatusLabels: Record<OrderStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'info' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  completed: { label: 'Completed', tone: 'success' },
};

export const paymentStatusLabels: Record<PaymentStatus, { label: string; tone: BadgeTone }> = {
  awaiting_payment: { label: 'Awaiting payment', tone: 'warning' },
  authorized: { label: 'Payment authorised', tone: 'info' },
  paid: { label: 'Paid', tone: 'success' },
  voided: { label: 'Payment voided', tone: 'neutral' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  partially_refunded: { label: 'Partially refunded', tone: 'neutral' },
};

/** "Visa •••• 4242", "Bank transfer". */
export function describePayment(payment: Order['payment']): string {
  if (!payment) return 'No payment recorded';
  if (payment.provider === 'manual') return 'Bank transfer';
  const brand = payment.cardBrand
    ? payment.cardBrand.charAt(0).toUpperCase() + payment.cardBrand.slice(1)
    : 'Card';
  return payment.cardLast4 ? `${brand} •••• ${payment.cardLast4}` : brand;
}

/** "2 items". */
export function countItems(order: Pick<Order, 'items'>): string {
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}
