import { PageHeader } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../features/auth/api/auth-keys';
import { useSession } from '../../features/auth/session-context';
import { TwoFactorSettings } from '../../features/two-factor/components/two-factor-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Any employee's own security settings: two-factor authentication. */
export function AccountSecurityRoute() {
  const { session } = useSession();
  const queryClient = useQueryClient();
  useDocumentTitle(['Account security', 'Back office']);
  if (session.status !== 'signed-in') return null;
  return (
    <>
      <PageHeader
        title="Account security"
        description={`Protect how you sign in as ${session.employee.email}.`}
      />
      <TwoFactorSettings
        enabled={session.employee.twoFactorEnabled}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: authKeys.currentEmployee() })}
      />
    </>
  );
}
