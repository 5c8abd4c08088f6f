import { Badge } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { OrderSummary } from '../api/list-orders';
import { formatOrderMoney, orderNumberLabel, paymentStatusLabels } from '../order-labels';

/** The newest orders, each leading to its page (for the dashboard). */
export function RecentOrdersList({ orders }: { orders: readonly OrderSummary[] }) {
  return (
    <ul className="ad-short-list">
      {orders.map((order) => {
        const payment = paymentStatusLabels[order.paymentStatus];
        return (
          <li key={order.id} className="ad-short-list__item">
            <span className="ad-cell-main">
              <Link to={`/orders/${order.id}`}>Order {orderNumberLabel(order.number)}</Link>
              <span className="ad-cell-sub">
                {order.customerName || order.email} · {formatDateTime(order.placedAt)}
              </span>
            </span>
            <span className="ad-short-list__side">
              <span className="ad-short-list__total">{formatOrderMoney(order.total)}</span>
              <Badge tone={payment.tone}>{payment.label}</Badge>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
