import { buttonClassName, EmptyState, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { useRoleList } from '../../features/roles/api/list-roles';
import { RoleList } from '../../features/roles/components/role-list';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function RolesRoute() {
  const roles = useRoleList();
  useDocumentTitle(['Roles', 'Back office']);
  return (
    <>
      <PageHeader
        title="Roles"
        description="A role is a set of permissions given to employees. Built-in roles are read-only; create your own for other needs."
        actions={
          <Link to="/roles/new" className={buttonClassName({ variant: 'primary' })}>
            New role
          </Link>
        }
      />
      {roles.isPending ? (
        <LoadingState label="Loading roles…" />
      ) : roles.isError ? (
        <ErrorState
          title="Roles could not be loaded"
          description={describeError(roles.error)}
          onRetry={() => void roles.refetch()}
          retrying={roles.isFetching}
        />
      ) : roles.data.items.length === 0 ? (
        <EmptyState
          title="No roles"
          description="Create a role to give employees access to the back office."
        />
      ) : (
        <RoleList roles={roles.data.items} />
      )}
    </>
  );
}
