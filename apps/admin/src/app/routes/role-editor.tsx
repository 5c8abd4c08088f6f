import { buttonClassName, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { usePermissionList } from '../../features/permissions/api/list-permissions';
import { useCreateRole } from '../../features/roles/api/create-role';
import { useRoleList } from '../../features/roles/api/list-roles';
import { useUpdateRole } from '../../features/roles/api/update-role';
import { RoleForm } from '../../features/roles/components/role-form';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/roles/new` (no id) and `/roles/:id`: the same form, empty or filled with a custom role. */
export function RoleEditorRoute() {
  const { id } = useParams();
  const isNew = id === undefined;
  const permissions = usePermissionList();
  const roles = useRoleList();
  const create = useCreateRole();
  const update = useUpdateRole();
  const navigate = useNavigate();
  const role = isNew ? undefined : roles.data?.items.find((candidate) => candidate.id === id);
  useDocumentTitle([isNew ? 'New role' : (role?.name ?? 'Role'), 'Roles', 'Back office']);

  const loading = permissions.isPending || (!isNew && roles.isPending);
  const failed = permissions.isError ? permissions : !isNew && roles.isError ? roles : null;

  let body: ReactNode;
  if (loading) body = <LoadingState label="Loading permissions…" />;
  else if (failed) {
    body = (
      <ErrorState
        title="The role could not be loaded"
        description={describeError(failed.error)}
        onRetry={() => void failed.refetch()}
      />
    );
  } else if (!isNew && !role) {
    body = (
      <EmptyState
        title="Role not found"
        description="There is no role at this address."
        action={
          <Link to="/roles" className={buttonClassName({ variant: 'secondary' })}>
            See all roles
          </Link>
        }
      />
    );
  } else if (role?.builtIn) {
    body = (
      <EmptyState
        title="Built-in roles are read-only"
        description="Create a custom role with the permissions you need instead."
        action={
          <Link to="/roles/new" className={buttonClassName({ variant: 'secondary' })}>
            New role
          </Link>
        }
      />
    );
  } else {
    const mutation = isNew ? create : update;
    body = (
      <Card>
        <RoleForm
          initial={role}
          permissions={permissions.data?.items ?? []}
          submitLabel={isNew ? 'Create role' : 'Save role'}
          isSaving={mutation.isPending}
          error={mutation.error}
          onCancel={() => navigate('/roles')}
          onSubmit={(values) => {
            const done = { onSuccess: () => navigate('/roles') };
            if (isNew) create.mutate(values, done);
            else if (role) update.mutate({ id: role.id, changes: values }, done);
          }}
        />
      </Card>
    );
  }

  return (
    <>
      <p className="ad-back-link">
        <Link to="/roles">← All roles</Link>
      </p>
      <PageHeader
        title={isNew ? 'New role' : `Edit ${role?.name ?? 'role'}`}
        description="Tick what employees with this role may see and do."
      />
      {body}
    </>
  );
}
