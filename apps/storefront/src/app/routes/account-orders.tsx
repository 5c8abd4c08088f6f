import { PageHeader } from '@comptoir/ui';
import { OrderHistory } from '../../features/orders/components/order-history';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountOrdersRoute() {
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Orders', settings?.name]);
  return (
    <>
      <PageHeader title="Orders" description="Everything you ordered while signed in, newest first." />
      <OrderHistory />
    </>
  );
}
