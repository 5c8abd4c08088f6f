import { PageHeader } from '@comptoir/ui';
import { ReturnList } from '../../features/returns/components/return-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ReturnsRoute() {
  const storeSettings = useStoreSettings();
  useDocumentTitle(['Returns', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Returns"
        description="Items customers asked to send back: approve, receive, then refund them."
      />
      <ReturnList />
    </>
  );
}
