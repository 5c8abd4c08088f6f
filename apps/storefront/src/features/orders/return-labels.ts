import type { BadgeTone } from '@comptoir/ui';
import { formatMoney } from '../../lib/money';
import type { OrderReturn, ReturnReason, ReturnStatus } from './api/order-types';

/** The reasons a customer can give, in the order the form offers them. */
export const returnReasonLabels: Record<ReturnReason, string> = {
  damaged: 'The item arrived damaged',
  wrong_item: 'I received the wrong item',
  not_as_described: 'The item is not as described',
  does_not_fit: 'It does not fit',
  changed_mind: 'I changed my mind',
  other: 'Another reason',
};

export const returnStatusLabels: Record<ReturnStatus, { label: string; tone: BadgeTone }> = {
  requested: { label: 'Requested', tone: 'warning' },
  approved: { label: 'Approved', tone: 'info' },
  refused: { label: 'Refused', tone: 'danger' },
  received: { label: 'Received', tone: 'info' },
  refunded: { label: 'Refunded', tone: 'success' },
};

/** What the state of a return means for the customer, and what they should do next. */
export function describeReturnStatus(entry: OrderReturn): string {
  switch (entry.status) {
    case 'requested':
      return 'We are reviewing your request.';
    case 'approved':
      return 'Approved — send the items back. We have emailed you where to send them.';
    case 'refused':
      return entry.refusalReason ? `Refused: ${entry.refusalReason}` : 'Refused.';
    case 'received':
      return 'We have received the items; your refund is on its way.';
    case 'refunded':
      return entry.refundedAmount ? `Refunded ${formatMoney(entry.refundedAmount)}.` : 'Refunded.';
  }
}
