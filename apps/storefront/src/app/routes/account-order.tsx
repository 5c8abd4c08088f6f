import { ApiError } from '@comptoir/sdk';
import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { MyOrderDocuments } from '../../features/documents/components/order-documents';
import { OrderQuestion } from '../../features/messages/components/order-question';
import { useMyOrder } from '../../features/orders/api/get-my-order';
import { OrderDetails } from '../../features/orders/components/order-details';
import { OrderReturns } from '../../features/orders/components/order-returns';
import { orderLabel } from '../../features/orders/order-labels';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { AccountMessageState } from './account-message';

export function AccountOrderRoute() {
  const { number: numberParam = '' } = useParams();
  const number = /^\d+$/.test(numberParam) ? Number.parseInt(numberParam, 10) : Number.NaN;
  const { data: settings } = useStoreSettings();
  const navigate = useNavigate();
  const order = useMyOrder(number, { enabled: Number.isInteger(number) });
  useDocumentTitle([
    Number.isInteger(number) ? `Order ${orderLabel(number)}` : 'Order not found',
    settings?.name,
  ]);

  if (!Number.isInteger(number) || (order.error instanceof ApiError && order.error.status === 404)) {
    return <NotFoundPage description="This order does not exist, or it was placed from another account." />;
  }
  if (order.isPending) return <LoadingState label="Loading your order…" />;
  if (order.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="Your order could not be loaded"
        description={describeError(order.error)}
        onRetry={() => void order.refetch()}
        retrying={order.isFetching}
      />
    );
  }
  return (
    <>
      <p className="sf-back-link">
        <Link to="/account/orders">← All orders</Link>
      </p>
      <PageHeader title={`Order ${orderLabel(order.data.number)}`} />
      <OrderDetails
        order={order.data}
        afterItems={
          <OrderReturns
            order={order.data}
            access={{ kind: 'mine' }}
            returnsOffered={(settings?.returnWindowDays ?? 0) > 0}
          />
        }
        aside={
          <>
            <MyOrderDocuments
              number={order.data.number}
              awaitingPayment={
                order.data.status !== 'cancelled' &&
                (order.data.paymentStatus === 'awaiting_payment' || order.data.paymentStatus === 'authorized')
              }
            />
            <OrderQuestion
              orderNumber={order.data.number}
              onSent={(thread) => {
                const state: AccountMessageState = { justSent: true };
                void navigate(`/account/messages/${thread.id}`, { state });
              }}
            />
          </>
        }
      />
    </>
  );
}
