import { PageHeader } from '@comptoir/ui';
import { CartView } from '../../features/cart/components/cart-view';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function CartRoute() {
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Your cart', settings?.name]);
  return (
    <>
      <PageHeader title="Your cart" />
      <CartView />
    </>
  );
}
