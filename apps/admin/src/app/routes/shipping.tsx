import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useHasPermission } from '../../features/auth/permissions';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useShippingZones } from '../../features/shipping/api/list-shipping-zones';
import { ShippingZones } from '../../features/shipping/components/shipping-zones';
import { currencyDigits } from '../../lib/decimal-input';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ShippingRoute() {
  const storeSettings = useStoreSettings();
  const canWrite = useHasPermission('settings:write');
  const zones = useShippingZones();
  const currency = storeSettings.data?.currency ?? 'EUR';
  useDocumentTitle(['Shipping', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Shipping"
        description="Where you ship and what it costs: zones of countries, each with its delivery methods."
      />
      {zones.isPending ? (
        <LoadingState label="Loading shipping zones…" />
      ) : zones.isError ? (
        <ErrorState
          title="Shipping zones could not be loaded"
          description={describeError(zones.error)}
          onRetry={() => void zones.refetch()}
          retrying={zones.isFetching}
        />
      ) : (
        <ShippingZones
          zones={zones.data.items}
          canWrite={canWrite}
          currency={currency}
          digits={currencyDigits(currency)}
        />
      )}
    </>
  );
}
