import { Alert, LoadingState } from '@comptoir/ui';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useSignIn } from '../../features/account/api/sign-in';
import { AuthPage } from '../../features/account/components/auth-page';
import { LoginForm } from '../../features/account/components/login-form';
import { type AuthPageState, getReturnPath } from '../../features/account/components/require-auth';
import { useSession } from '../../features/account/session-context';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountLoginRoute() {
  const { session } = useSession();
  const signIn = useSignIn();
  const location = useLocation();
  const state = location.state as AuthPageState | null;
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Sign in', settings?.name]);

  // Also the redirect after signing in: the session flips to signed-in and this sends the customer on.
  if (session.status === 'signed-in' || session.status === 'error') {
    return <Navigate to={getReturnPath(state)} replace />;
  }
  if (session.status === 'loading') return <LoadingState label="Checking your session…" />;

  return (
    <AuthPage
      title="Sign in"
      description="Welcome back. Sign in to see your account and saved addresses."
      footer={
        <p>
          New here?{' '}
          <Link to="/account/register" state={state?.from ? { from: state.from } : undefined}>
            Create an account
          </Link>
        </p>
      }
    >
      {state?.signedOut && !signIn.error ? <Alert tone="success">You have been signed out.</Alert> : null}
      <LoginForm
        onSubmit={(credentials) => signIn.mutate(credentials)}
        isPending={signIn.isPending}
        error={signIn.error}
      />
      <p className="sf-auth-page__footer">
        <Link to="/account/forgot-password">Forgot your password?</Link>
      </p>
    </AuthPage>
  );
}
