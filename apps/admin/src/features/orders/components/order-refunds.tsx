import { Card } from '@comptoir/ui';
import { formatDateTime } from '../../../lib/format-date';
import type { Order } from '../api/get-order';
import { formatOrderMoney } from '../order-labels';

/** "Linen shirt · M / Sand", the line a refunded item comes from. */
function lineName(order: Order, lineId: string): string {
  const line = order.items.find((item) => item.id === lineId);
  if (!line) return 'Removed line';
  return line.variantTitle ? `${line.title} · ${line.variantTitle}` : line.title;
}

/**
 * The money given back, oldest first: amount, when, why, the units refunded (and whether they went back in
 * stock), and what can still be refunded.
 */
export function OrderRefunds({ order }: { order: Order }) {
  if (order.refunds.length === 0) return null;
  const total = order.refunds.reduce((sum, refund) => sum + refund.amount.amount, 0);
  return (
    <Card
      title="Refunds"
      description={`${formatOrderMoney({ amount: total, currency: order.refundable.currency })} refunded · ${formatOrderMoney(order.refundable)} left to refund`}
      className="ad-order-refunds"
    >
      <ol className="ad-refund-list">
        {order.refunds.map((refund) => (
          <li key={refund.id} className="ad-refund">
            <div className="ad-refund__head">
              <span className="ad-refund__amount">{formatOrderMoney(refund.amount)}</span>
              <time className="ct-text-muted" dateTime={refund.createdAt}>
                {formatDateTime(refund.createdAt)}
              </time>
            </div>
            <p className="ad-refund__reason">{refund.reason}</p>
            {refund.items.length > 0 ? (
              <ul
                className="ad-shipment__items"
                aria-label={`Items refunded on ${formatDateTime(refund.createdAt)}`}
              >
                {refund.items.map((item) => (
                  <li key={item.lineId}>
                    <span className="ad-shipment__quantity">{item.quantity} ×</span>{' '}
                    {lineName(order, item.lineId)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="ct-text-muted">An amount, without items.</p>
            )}
            {refund.items.length > 0 ? (
              <p className="ct-text-muted">
                {refund.restocked ? 'Put back in stock.' : 'Not put back in stock.'}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
