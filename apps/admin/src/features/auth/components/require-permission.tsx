import type { ReactNode } from 'react';
import { NoAccessPage } from '../../../components/no-access-page';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { hasPermission, type Permission } from '../permissions';
import { useSession } from '../session-context';

export interface RequirePermissionProps {
  permission: Permission;
  children: ReactNode;
}

function NoAccess() {
  useDocumentTitle(['No access', 'Back office']);
  return <NoAccessPage />;
}

/**
 * Renders its children only when the signed-in employee has `permission`; otherwise a "no access" page (the
 * layout and its navigation stay usable). Used inside `RequireAuth`, so the session is signed in.
 */
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const { session } = useSession();
  if (session.status !== 'signed-in') return null;
  if (!hasPermission(session.employee, permission)) return <NoAccess />;
  return children;
}
