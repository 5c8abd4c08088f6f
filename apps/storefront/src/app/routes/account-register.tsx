import { LoadingState } from '@comptoir/ui';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useRegisterCustomer } from '../../features/account/api/register-customer';
import { AuthPage } from '../../features/account/components/auth-page';
import { RegisterForm } from '../../features/account/components/register-form';
import { type AuthPageState, getReturnPath } from '../../features/account/components/require-auth';
import { useSession } from '../../features/account/session-context';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountRegisterRoute() {
  const { session } = useSession();
  const register = useRegisterCustomer();
  const location = useLocation();
  const state = location.state as AuthPageState | null;
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Create your account', settings?.name]);

  // Also the landing after sign-up: the new customer is signed in at once.
  if (session.status === 'signed-in' || session.status === 'error') {
    return <Navigate to={getReturnPath(state)} replace />;
  }
  if (session.status === 'loading') return <LoadingState label="Checking your session…" />;

  return (
    <AuthPage
      title="Create your account"
      description="Save your addresses and follow your orders."
      footer={
        <p>
          Already have an account?{' '}
          <Link to="/account/login" state={state?.from ? { from: state.from } : undefined}>
            Sign in
          </Link>
        </p>
      }
    >
      <RegisterForm
        onSubmit={(registration) => register.mutate(registration)}
        isPending={register.isPending}
        error={register.error}
      />
    </AuthPage>
  );
}
