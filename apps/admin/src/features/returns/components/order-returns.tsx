import { Card } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format-date';
import type { Return } from '../api/get-return';
import { returnPath, returnReasonLabels } from '../return-labels';
import { ReturnStatusBadge } from './return-status-badge';
import './returns.css';

/** A return as the order's page has it (no order, customer or actions). */
export type OrderReturn = Pick<
  Return,
  'id' | 'number' | 'status' | 'items' | 'reason' | 'createdAt' | 'refundedAmount'
>;

/**
 * The returns of an order, oldest first, each a link to its page with its status, items and reason. Nothing
 * when the order has none.
 */
export function OrderReturns({ returns }: { returns: readonly OrderReturn[] }) {
  if (returns.length === 0) return null;
  return (
    <Card title="Returns">
      <ul className="ad-order-return-list">
        {returns.map((entry) => (
          <li key={entry.id} className="ad-order-return">
            <Link to={returnPath(entry.id)} className="ad-order-return__number">
              Return {entry.number}
            </Link>
            <ReturnStatusBadge status={entry.status} />
            <span className="ad-order-return__items">
              {entry.items.map((item) => `${item.quantity} × ${item.title}`).join(', ')}
              <span className="ad-cell-sub">
                {returnReasonLabels[entry.reason]} · requested {formatDate(entry.createdAt)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
