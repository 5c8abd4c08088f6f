import { Alert, buttonClassName } from '@comptoir/ui';
import { useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { AdminLayout } from '../../components/layout/admin-layout';
import { RequireAuth } from '../../features/auth/components/require-auth';
import { useSession } from '../../features/auth/session-context';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useTwoFactorRequired } from '../../lib/two-factor-requirement';
import { getVisibleNavItems } from '../navigation';

function SignedInLayout() {
  const { session, signOut, signOutEverywhere } = useSession();
  const storeSettings = useStoreSettings();
  const employee = session.status === 'signed-in' ? session.employee : null;
  const visibleNavItems = useMemo(() => (employee ? getVisibleNavItems(employee) : []), [employee]);
  const twoFactorRequired = useTwoFactorRequired();
  const { pathname } = useLocation();
  // RequireAuth renders this only for a signed-in session.
  if (!employee) return null;
  const showTwoFactorNotice =
    twoFactorRequired && !employee.twoFactorEnabled && pathname !== '/account/security';
  return (
    <AdminLayout
      navItems={visibleNavItems}
      storeName={storeSettings.data?.name}
      account={{
        employeeName: `${employee.firstName} ${employee.lastName}`,
        employeeEmail: employee.email,
        employeeRole: employee.roleName,
        onSignOut: signOut,
        onSignOutEverywhere: signOutEverywhere,
        describeError,
      }}
    >
      {showTwoFactorNotice ? (
        <div className="ad-notice">
          <Alert
            tone="warning"
            title="Turn on two-factor authentication"
            action={
              <Link to="/account/security" className={buttonClassName({ variant: 'primary', size: 'sm' })}>
                Set up two-factor authentication
              </Link>
            }
          >
            This store requires it for every employee. Until it is on, the back office cannot show you
            anything else.
          </Alert>
        </div>
      ) : null}
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
