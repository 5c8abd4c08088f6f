import { ApiError } from '@comptoir/sdk';
import { buttonClassName, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { useOrderByToken } from '../../features/orders/api/get-order-by-token';
import { OrderDetails } from '../../features/orders/components/order-details';
import { orderLabel } from '../../features/orders/order-labels';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

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
      <OrderDetails order={placed} />
    </>
  );
}
