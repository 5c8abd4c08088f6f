import { Badge, Button, buttonClassName, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { formatMoney } from '../../../lib/money';
import { useMyOrders } from '../api/list-my-orders';
import { countItems, formatOrderDate, orderLabel, orderStatusLabels } from '../order-labels';
import './order-history.css';

/** The signed-in customer's orders, newest first, a page at a time; each leads to its details. */
export function OrderHistory() {
  const orders = useMyOrders();
  if (orders.isPending) return <LoadingState label="Loading your orders…" />;
  // A failed "Show more" keeps the orders already shown; only a failed first page replaces them.
  if (orders.data === undefined) {
    return (
      <ErrorState
        title="Your orders could not be loaded"
        description={describeError(orders.error)}
        onRetry={() => void orders.refetch()}
        retrying={orders.isFetching}
      />
    );
  }
  const items = orders.data.pages.flatMap((page) => page.items);
  const total = orders.data.pages[0]?.total ?? items.length;
  if (items.length === 0) {
    return (
      <EmptyState
        title="No orders yet"
        description="When you place an order, it shows up here with its status."
        action={
          <Link to="/" className={buttonClassName()}>
            Start shopping
          </Link>
        }
      />
    );
  }
  return (
    <div className="sf-order-history">
      <ul className="sf-order-history__list" aria-label="Your orders">
        {items.map((order) => {
          const status = orderStatusLabels[order.status];
          return (
            <li key={order.id}>
              <Link to={`/account/orders/${order.number}`} className="sf-order-history__item">
                <span className="sf-order-history__number">Order {orderLabel(order.number)}</span>
                <span className="sf-order-history__date">{formatOrderDate(order.placedAt)}</span>
                <span className="sf-order-history__count">{countItems(order)}</span>
                <Badge tone={status.tone}>{status.label}</Badge>
                <span className="sf-order-history__total">{formatMoney(order.totals.total)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="sf-order-history__summary" aria-live="polite">
        Showing {items.length} of {total} {total === 1 ? 'order' : 'orders'}
      </p>
      {orders.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void orders.fetchNextPage()}
          loading={orders.isFetchingNextPage}
        >
          Show more orders
        </Button>
      ) : null}
      {orders.isFetchNextPageError ? (
        <p className="ct-field__error">More orders could not be loaded. {describeError(orders.error)}</p>
      ) : null}
    </div>
  );
}
