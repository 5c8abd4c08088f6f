import { ApiError } from '@comptoir/sdk';
import { Card, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCreateApiKey } from '../../features/api-keys/api/create-api-key';
import { ApiKeyForm } from '../../features/api-keys/components/api-key-form';
import { ApiKeySecret } from '../../features/api-keys/components/api-key-secret';
import { useSession } from '../../features/auth/session-context';
import { usePermissionList } from '../../features/permissions/api/list-permissions';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Creates a key, then shows its secret once (held only by the mutation, never in the query cache). A key holds
 * at most its creator's permissions, so only those are offered. The catalogue of permissions (with their
 * descriptions) needs `employees:manage`; without it the employee's own permission keys are offered as they are.
 */
export function ApiKeyNewRoute() {
  const permissions = usePermissionList();
  const { session } = useSession();
  const held = session.status === 'signed-in' ? session.employee.permissions : [];
  const catalogueForbidden = permissions.error instanceof ApiError && permissions.error.status === 403;
  const grantable = useMemo(() => {
    const mine = new Set<string>(held);
    if (catalogueForbidden) return held.map((key) => ({ key, description: '' }));
    return (permissions.data?.items ?? []).filter((permission) => mine.has(permission.key));
  }, [held, catalogueForbidden, permissions.data]);
  const create = useCreateApiKey();
  const navigate = useNavigate();
  useDocumentTitle(['Create API key', 'API keys', 'Back office']);

  return (
    <>
      <p className="ad-back-link">
        <Link to="/api-keys">← All API keys</Link>
      </p>
      <PageHeader
        title="Create API key"
        description="Name the key after what uses it, and give it only what it needs."
      />
      {create.data ? (
        <Card>
          <ApiKeySecret
            name={create.data.apiKey.name}
            secret={create.data.secret}
            onDone={() => {
              create.reset();
              navigate('/api-keys', { replace: true });
            }}
          />
        </Card>
      ) : permissions.isPending && !catalogueForbidden ? (
        <LoadingState label="Loading permissions…" />
      ) : permissions.isError && !catalogueForbidden ? (
        <ErrorState
          title="Permissions could not be loaded"
          description={describeError(permissions.error)}
          onRetry={() => void permissions.refetch()}
          retrying={permissions.isFetching}
        />
      ) : (
        <Card>
          <ApiKeyForm
            permissions={grantable}
            isSaving={create.isPending}
            error={create.error}
            onCancel={() => navigate('/api-keys')}
            onSubmit={(key) => create.mutate(key)}
          />
        </Card>
      )}
    </>
  );
}
