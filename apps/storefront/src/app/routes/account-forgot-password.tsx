import { Link } from 'react-router-dom';
import { useRequestPasswordReset } from '../../features/account/api/request-password-reset';
import { AuthPage } from '../../features/account/components/auth-page';
import { ForgotPasswordForm } from '../../features/account/components/forgot-password-form';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountForgotPasswordRoute() {
  const request = useRequestPasswordReset();
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Reset your password', settings?.name]);

  return (
    <AuthPage
      title="Reset your password"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <p>
          <Link to="/account/login">Back to sign in</Link>
        </p>
      }
    >
      <ForgotPasswordForm
        onSubmit={(email) => request.mutate(email)}
        isPending={request.isPending}
        isSent={request.isSuccess}
        error={request.error}
      />
    </AuthPage>
  );
}
