import { Alert, buttonClassName } from '@comptoir/ui';
import { Link, useSearchParams } from 'react-router-dom';
import { useResetPassword } from '../../features/account/api/reset-password';
import { AuthPage } from '../../features/account/components/auth-page';
import { ResetPasswordForm } from '../../features/account/components/reset-password-form';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

const requestNewLink = <Link to="/account/forgot-password">Request a new link</Link>;

export function AccountResetPasswordRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const reset = useResetPassword();
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Choose a new password', settings?.name]);

  return (
    <AuthPage title="Choose a new password" description="Pick a password you do not use anywhere else.">
      {reset.isSuccess ? (
        <>
          <Alert tone="success" title="Your password has been reset">
            You can now sign in with your new password.
          </Alert>
          <Link to="/account/login" className={buttonClassName({ size: 'lg', fullWidth: true })}>
            Sign in
          </Link>
        </>
      ) : token ? (
        <ResetPasswordForm
          onSubmit={(password) => reset.mutate({ token, password })}
          isPending={reset.isPending}
          error={reset.error}
          requestNewLink={requestNewLink}
        />
      ) : (
        <Alert tone="error" title="This reset link is invalid or has expired" action={requestNewLink}>
          Open the link from the latest reset email, or ask for a new one.
        </Alert>
      )}
    </AuthPage>
  );
}
