import { PageHeader } from '@comptoir/ui';
import { OrderList } from '../../features/orders/components/order-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { currencyDigits } from '../../lib/decimal-input';
import { useDocumentTitle } from '../../lib/use-document-title';

export function OrdersRoute() {
  const storeSettings = useStoreSettings();
  const currency = storeSettings.data?.currency ?? 'EUR';
  useDocumentTitle(['Orders', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader title="Orders" description="What customers bought, and where each order stands." />
      <OrderList currency={currency} digits={currencyDigits(currency)} />
    </>
  );
}
