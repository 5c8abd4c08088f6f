import { Outlet } from 'react-router-dom';
import { AdminLayout } from '../../components/layout/admin-layout';
import { RequireAuth } from '../../features/auth/components/require-auth';
import { useSession } from '../../features/auth/session-context';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { navItems } from '../navigation';

function SignedInLayout() {
  const { session, signOut } = useSession();
  const storeSettings = useStoreSettings();
  // RequireAuth renders this only for a signed-in session.
  if (session.status !== 'signed-in') return null;
  const { employee } = session;
  return (
    <AdminLayout
      navItems={navItems}
      storeName={storeSettings.data?.name}
      employeeName={`${employee.firstName} ${employee.lastName}`}
      employeeRole={employee.role}
      onSignOut={signOut}
    >
      <Outlet />
    </AdminLayout>
  );
}

/** The frame of every signed-in page; signed-out visitors are sent to /login. */
export function AppLayoutRoute() {
  return (
    <RequireAuth>
      <SignedInLayout />
    </RequireAuth>
  );
}
