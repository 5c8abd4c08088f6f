import { PageHeader } from '@comptoir/ui';
import { CustomerList } from '../../features/customers/components/customer-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function CustomersRoute() {
  const storeSettings = useStoreSettings();
  useDocumentTitle(['Customers', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader title="Customers" description="The people with an account in your storefront." />
      <CustomerList />
    </>
  );
}
