import { PageHeader } from '@comptoir/ui';
import { useHasPermission } from '../../features/auth/permissions';
import { useSession } from '../../features/auth/session-context';
import { ThreadList } from '../../features/messages/components/thread-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInboxColleagues } from './inbox-colleagues';

export function InboxRoute() {
  const storeSettings = useStoreSettings();
  const { session } = useSession();
  const canReadOrders = useHasPermission('orders:read');
  const colleagues = useInboxColleagues();
  useDocumentTitle(['Messages', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader title="Messages" description="Questions from customers, and the team's answers." />
      <ThreadList
        colleagues={colleagues}
        canReadOrders={canReadOrders}
        employeeId={session.status === 'signed-in' ? session.employee.id : undefined}
      />
    </>
  );
}
