import { PageHeader } from '@comptoir/ui';
import { AddressBook } from '../../features/addresses/components/address-book';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountAddressesRoute() {
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Address book', settings?.name]);

  return (
    <>
      <PageHeader title="Address book" description="Your saved shipping and billing addresses." />
      <AddressBook defaultCountry={settings?.defaultCountry} />
    </>
  );
}
