import type { BadgeTone } from '@comptoir/ui';
import { currencyDigits, formatMoneyAmount } from '../../lib/decimal-input';
import type { ReturnReason } from './api/get-return';
import type { ReturnStatus } from './api/list-returns';

export interface StatusLabel {
  label: string;
  tone: BadgeTone;
}

/** Where a return stands; the two that wait for staff (requested, received) stand out. */
export const returnStatusLabels: Record<ReturnStatus, StatusLabel> = {
  requested: { label: 'Requested', tone: 'warning' },
  approved: { label: 'Approved', tone: 'info' },
  received: { label: 'Received', tone: 'warning' },
  refunded: { label: 'Refunded', tone: 'success' },
  refused: { label: 'Refused', tone: 'neutral' },
};

/** The customer's reason, as they chose it in the storefront. */
export const returnReasonLabels: Record<ReturnReason, string> = {
  damaged: 'Damaged or defective',
  wrong_item: 'Wrong item received',
  not_as_described: 'Not as described',
  does_not_fit: 'Does not fit',
  changed_mind: 'Changed their mind',
  other: 'Other reason',
};

/** "49.90 EUR", as the back office shows amounts. */
export function formatReturnMoney(money: { amount: number; currency: string }): string {
  return formatMoneyAmount(money, currencyDigits(money.currency));
}

/** "#1001": how staff and customers name an order. */
export function orderNumberLabel(number: number): string {
  return `#${number}`;
}

/** "1 item", "3 items" (units, not lines). */
export function unitCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** The page of a return, and of the order it comes from. */
export function returnPath(id: string): string {
  return `/returns/${encodeURIComponent(id)}`;
}
export function orderPagePath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}
