import { Alert, Button, PageHeader } from '@comptoir/ui';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useExportOrders } from '../../features/orders/api/export-orders';
import { OrderList } from '../../features/orders/components/order-list';
import { readOrderFilters, toOrderListQuery } from '../../features/orders/order-filters';
import { toOrderAddressQuery, toSavedOrderQuery } from '../../features/orders/order-view-query';
import { SavedViewsControl } from '../../features/saved-views/components/saved-views-control';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { currencyDigits } from '../../lib/decimal-input';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Location state of an address set by choosing a saved view. */
interface ViewAppliedState {
  viewApplied: number;
}

/**
 * The list keeps what is being typed (search, totals) in its own state, read from the address when it mounts.
 * Choosing a saved view changes the address from outside, so the list is mounted afresh with it: once per
 * choice (the stamp in the location state), not on the list's own filter changes.
 */
function useRemountOnViewApplied(): number {
  const stamp = (useLocation().state as Partial<ViewAppliedState> | null)?.viewApplied;
  const [seen, setSeen] = useState(stamp);
  const [key, setKey] = useState(0);
  if (stamp !== undefined && stamp !== seen) {
    setSeen(stamp);
    setKey((previous) => previous + 1);
  }
  return key;
}

export function OrdersRoute() {
  const storeSettings = useStoreSettings();
  const currency = storeSettings.data?.currency ?? 'EUR';
  const digits = currencyDigits(currency);
  const navigate = useNavigate();
  const [address] = useSearchParams();
  const listKey = useRemountOnViewApplied();
  const exportOrders = useExportOrders();
  useDocumentTitle(['Orders', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Orders"
        description="What customers bought, and where each order stands."
        actions={
          <Button
            variant="secondary"
            loading={exportOrders.isPending}
            onClick={() =>
              exportOrders.mutate(
                toOrderListQuery(readOrderFilters(address, address.get('q')?.trim() ?? ''), digits),
              )
            }
          >
            Export CSV
          </Button>
        }
      />
      {exportOrders.isError ? (
        <Alert tone="error" title="The orders could not be exported">
          {describeError(exportOrders.error)}
        </Alert>
      ) : null}
      <SavedViewsControl
        list="orders"
        allLabel="All orders"
        currentQuery={toSavedOrderQuery(address, digits)}
        onApply={(query) => {
          const search = toOrderAddressQuery(query, digits);
          navigate(
            { pathname: '/orders', search: search ? `?${search}` : '' },
            { state: { viewApplied: Date.now() } satisfies ViewAppliedState },
          );
        }}
      />
      <OrderList key={listKey} currency={currency} digits={digits} />
    </>
  );
}
