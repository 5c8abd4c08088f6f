import { Alert, Button, PageHeader } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { RecordLoadState } from '../../components/record-load-state';
import { useHasPermission } from '../../features/auth/permissions';
import { OrderDocumentsCard } from '../../features/documents/components/order-documents-card';
import { OrderThreadsCard } from '../../features/messages/components/order-threads-card';
import { useOrder } from '../../features/orders/api/get-order';
import { type OrderActionResult, OrderActions } from '../../features/orders/components/order-actions';
import { OrderDetail } from '../../features/orders/components/order-detail';
import {
  FulfillmentStatusBadge,
  OrderStatusBadge,
  PaymentStatusBadge,
} from '../../features/orders/components/order-status-badges';
import type { OrderLinkState } from '../../features/orders/components/order-table';
import { orderNumberLabel } from '../../features/orders/order-labels';
import { returnKeys } from '../../features/returns/api/return-keys';
import { OrderReturns } from '../../features/returns/components/order-returns';
import { formatDateTime } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';

export function OrderDetailRoute() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  const canWrite = useHasPermission('orders:write');
  const canRefund = useHasPermission('orders:refund');
  const queryClient = useQueryClient();
  const canReadCustomers = useHasPermission('customers:read');
  // Back to the list as the employee left it (search, filters, sort), when they came from it.
  const listSearch = (useLocation().state as Partial<OrderLinkState> | null)?.listSearch ?? '';
  const [result, setResult] = useState<OrderActionResult | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const number = order.data ? orderNumberLabel(order.data.number) : undefined;
  useDocumentTitle([number ? `Order ${number}` : 'Order', 'Orders', 'Back office']);

  // The button that was pressed may be gone (the order moved on): focus goes to what happened instead.
  useEffect(() => {
    if (result) noticeRef.current?.focus();
  }, [result]);

  let body: ReactNode;
  if (order.isPending || order.isError) {
    body = (
      <RecordLoadState
        query={order}
        noun="order"
        notFound="Check the link, or find the order in the list."
        list={{ to: '/orders', label: 'See all orders' }}
      />
    );
  } else {
    const customerId = order.data.customerId;
    body = (
      <OrderDetail
        order={order.data}
        canWrite={canWrite}
        returns={<OrderReturns returns={order.data.returns} />}
        aside={
          <>
            <OrderDocumentsCard
              orderId={order.data.id}
              orderNumber={order.data.number}
              // Payments and refunds issue invoices and credit notes: the list is fetched again after them.
              revision={`${order.data.paymentStatus}:${order.data.refunds.length}`}
            />
            {canReadCustomers ? <OrderThreadsCard orderId={order.data.id} /> : null}
          </>
        }
        customerLink={
          customerId && canReadCustomers ? (
            <Link to={`/customers/${encodeURIComponent(customerId)}`}>View customer</Link>
          ) : null
        }
      />
    );
  }

  const loaded = order.data;
  return (
    <>
      <p className="ad-back-link">
        <Link to={`/orders${listSearch}`}>← All orders</Link>
      </p>
      <PageHeader
        title={number ? `Order ${number}` : 'Order'}
        description={
          loaded ? (
            <span className="ad-order-header">
              <span>Placed {formatDateTime(loaded.placedAt)}</span>
              {loaded.termsAcceptedAt ? (
                <span>Terms accepted {formatDateTime(loaded.termsAcceptedAt)}</span>
              ) : null}
              <OrderStatusBadge status={loaded.status} />
              <PaymentStatusBadge status={loaded.paymentStatus} />
              <FulfillmentStatusBadge status={loaded.fulfillmentStatus} />
            </span>
          ) : undefined
        }
        actions={
          loaded && (canWrite || canRefund) ? (
            <OrderActions
              order={loaded}
              canWrite={canWrite}
              canRefund={canRefund}
              onResult={(next) => {
                setResult(next);
                // A refund of the order leaves less to refund on its returns.
                if (next.tone === 'success') void queryClient.invalidateQueries({ queryKey: returnKeys.all });
              }}
            />
          ) : null
        }
      />
      <div ref={noticeRef} tabIndex={-1} className="ad-order-notice" aria-live="polite">
        {result ? (
          <Alert
            tone={result.tone}
            title={result.title}
            action={
              <Button variant="ghost" size="sm" onClick={() => setResult(null)}>
                Dismiss
              </Button>
            }
          >
            {result.message}
          </Alert>
        ) : null}
      </div>
      {body}
    </>
  );
}
