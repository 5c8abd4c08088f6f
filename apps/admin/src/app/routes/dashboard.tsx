import { PageHeader } from '@comptoir/ui';
import { hasPermission } from '../../features/auth/permissions';
import { useSession } from '../../features/auth/session-context';
import { type DashboardShortcut, WelcomeCard } from '../../features/dashboard/components/welcome-card';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';
import { sectionPermissions } from '../section-permissions';

const shortcuts: readonly (DashboardShortcut & { permission: keyof typeof sectionPermissions })[] = [
  { to: '/customers', label: 'Find a customer', permission: 'customers' },
  { to: '/settings', label: 'Review store settings', permission: 'settings' },
  { to: '/employees', label: 'Manage employees', permission: 'employees' },
];

export function DashboardRoute() {
  const { session } = useSession();
  const storeSettings = useStoreSettings();
  useDocumentTitle(['Dashboard', storeSettings.data?.name, 'Back office']);
  const employee = session.status === 'signed-in' ? session.employee : null;
  const allowed = employee
    ? shortcuts.filter((shortcut) => hasPermission(employee, sectionPermissions[shortcut.permission]))
    : [];
  return (
    <>
      <PageHeader title="Dashboard" description="An overview of your store." />
      <WelcomeCard
        firstName={employee?.firstName ?? ''}
        storeName={storeSettings.data?.name}
        shortcuts={allowed}
      />
    </>
  );
}
