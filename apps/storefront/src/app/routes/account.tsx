import { Alert, Button, Card, PageHeader } from '@comptoir/ui';
import { Link, useNavigate } from 'react-router-dom';
import { useChangePassword } from '../../features/account/api/change-password';
import { useSignOut } from '../../features/account/api/sign-out';
import { useUpdateProfile } from '../../features/account/api/update-profile';
import { ChangePasswordForm } from '../../features/account/components/change-password-form';
import { ProfileForm } from '../../features/account/components/profile-form';
import { type AuthPageState, loginPath } from '../../features/account/components/require-auth';
import { useSession } from '../../features/account/session-context';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountRoute() {
  const { session, endSession } = useSession();
  const saveProfile = useUpdateProfile();
  const changePassword = useChangePassword();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['My account', settings?.name]);

  // The account layout renders this page only for a signed-in customer.
  if (session.status !== 'signed-in') return null;
  const { customer } = session;

  function handleSignOut() {
    signOut.mutate(undefined, {
      onSuccess: () => {
        // Both in one render: were the session to end first, the guard would send the customer to the
        // sign-in page as if their session had expired.
        endSession();
        const state: AuthPageState = { signedOut: true };
        void navigate(loginPath, { replace: true, state, flushSync: true });
      },
    });
  }

  return (
    <>
      <PageHeader
        title="My account"
        description={`Signed in as ${customer.email}`}
        actions={
          <Button variant="secondary" onClick={handleSignOut} loading={signOut.isPending}>
            Sign out
          </Button>
        }
      />
      <div className="sf-account-sections">
        {signOut.error ? (
          <Alert tone="error" title="You are still signed in">
            {describeError(signOut.error)}
          </Alert>
        ) : null}
        <Card title="Profile" description="Your name and phone number, used on your orders.">
          <ProfileForm
            customer={customer}
            onSubmit={(update) => saveProfile.mutate(update)}
            isSaving={saveProfile.isPending}
            isSaved={saveProfile.isSuccess}
            error={saveProfile.error}
          />
        </Card>
        <Card title="Orders" description="Follow your orders and see what you bought.">
          <Link to="/account/orders">View your orders</Link>
        </Card>
        <Card title="Address book" description="The addresses you ship and bill to, ready at checkout.">
          <Link to="/account/addresses">Manage your addresses</Link>
        </Card>
        <Card title="Change password">
          <ChangePasswordForm
            onSubmit={(change) => changePassword.mutateAsync(change)}
            isPending={changePassword.isPending}
            error={changePassword.error}
          />
        </Card>
      </div>
    </>
  );
}
