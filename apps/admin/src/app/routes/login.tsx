import { Card, LoadingState } from '@comptoir/ui';
import { Navigate, useLocation } from 'react-router-dom';
import { useSignIn } from '../../features/auth/api/sign-in';
import { LoginForm } from '../../features/auth/components/login-form';
import { getReturnPath } from '../../features/auth/components/require-auth';
import { useSession } from '../../features/auth/session-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import './login.css';

export function LoginRoute() {
  const { session, signIn } = useSession();
  const signInMutation = useSignIn();
  const location = useLocation();
  const returnPath = getReturnPath(location.state);
  useDocumentTitle(['Sign in', 'Back office']);

  // Also the redirect after a successful sign-in: `signIn` flips the session, and this sends the employee on.
  if (session.status === 'signed-in') return <Navigate to={returnPath} replace />;
  // Restoring the session from the refresh cookie: do not flash the form at an employee who is signed in.
  if (session.status === 'loading') {
    return <LoadingState label="Checking your session…" className="ad-fullscreen-state" />;
  }

  return (
    <main className="ad-login">
      <div className="ad-login__panel">
        <div className="ad-login__brand">
          <span className="ad-login__logo" aria-hidden="true">
            C
          </span>
          Comptoir
        </div>
        <Card>
          <div className="ad-login__intro">
            <h1>Sign in</h1>
            <p className="ct-text-muted">Use your employee account to open the back office.</p>
          </div>
          <LoginForm
            isPending={signInMutation.isPending}
            error={signInMutation.error}
            onSubmit={(credentials) =>
              signInMutation.mutate(credentials, { onSuccess: (result) => signIn(result) })
            }
          />
        </Card>
      </div>
    </main>
  );
}
