import { PageHeader } from '@comptoir/ui';
import { useSession } from '../../features/auth/session-context';
import { WelcomeCard } from '../../features/dashboard/components/welcome-card';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function DashboardRoute() {
  const { session } = useSession();
  const storeSettings = useStoreSettings();
  useDocumentTitle(['Dashboard', storeSettings.data?.name, 'Back office']);
  const firstName = session.status === 'signed-in' ? session.employee.firstName : '';
  return (
    <>
      <PageHeader title="Dashboard" description="An overview of your store." />
      <WelcomeCard firstName={firstName} storeName={storeSettings.data?.name} />
    </>
  );
}
