import { ApiError } from '@comptoir/sdk';
import { buttonClassName, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { GuestOrderInvoice } from '../../features/documents/components/order-documents';
import { useOrderByToken } from '../../features/orders/api/get-order-by-token';
import type { Order } from '../../features/orders/api/order-types';
import { OrderDetails } from '../../features/orders/components/order-details';
import { OrderReturns } from '../../features/orders/components/order-returns';
import { orderLabel } from '../../features/orders/order-labels';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Payment states in which the order has an invoice (issued when the payment is received). */
const invoicedStatuses = new Set<Order['paymentStatus']>(['paid', 'partially_refunded', 'refunded']);

/**
 * The order confirmation, opened right after checkout or from the confirmation email's link: the order number
 * and its token are in the address, so it works without an account.
 */
export function OrderConfirmationRoute() {
  const { number: numberParam = '' } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const token = search.get('token') ?? '';
  const number = Number.parseInt(numberParam, 10);
  const valid = Number.isInteger(number) && number > 0 && /^\d+$/.test(numberParam) && token !== '';
  const { data: settings } = useStoreSettings();
  const order = useOrderByToken(number, token, { enabled: valid });
  const justPlaced = (location.state as { justPlaced?: boolean } | null)?.justPlaced === true;
  useDocumentTitle([valid ? `Order ${orderLabel(number)}` : 'Order not found', settings?.name]);

  if (!valid || (order.error instanceof ApiError && order.error.status === 404)) {
    return (
      <NotFoundPage description="This order link is incomplete or no longer valid. Use the link in your confirmation email, or sign in to see your orders." />
    );
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
  const placed = order.data;
  return (
    <>
      <PageHeader
        title={
          justPlaced
            ? `Thank you! Order ${orderLabel(placed.number)} is placed`
            : `Order ${orderLabel(placed.number)}`
        }
        description={
          justPlaced
            ? `We have sent a confirmation to ${placed.email}. Keep this page's link to check on your order.`
            : undefined
        }
        actions={
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Continue shopping
          </Link>
        }
      />
      <OrderDetails
        order={placed}
        afterItems={
          <OrderReturns
            order={placed}
            access={{ kind: 'guest', token }}
            returnsOffered={(settings?.returnWindowDays ?? 0) > 0}
          />
        }
        aside={
          <>
            <GuestOrderInvoice
              number={placed.number}
              token={token}
              paid={invoicedStatuses.has(placed.paymentStatus)}
            />
            <section className="sf-order__section" aria-labelledby="order-help-title">
              <h2 id="order-help-title" className="sf-order__heading">
                Need help?
              </h2>
              <p>
                <Link
                  to={`/contact?${new URLSearchParams({ subject: `About order ${orderLabel(placed.number)}` })}`}
                >
                  Ask us a question about this order
                </Link>
              </p>
            </section>
          </>
        }
      />
    </>
  );
}
