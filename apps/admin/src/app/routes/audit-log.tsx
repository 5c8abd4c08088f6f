import { PageHeader, type SelectOption } from '@comptoir/ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiKeyListQueryOptions } from '../../features/api-keys/api/list-api-keys';
import { AuditLog } from '../../features/audit-log/components/audit-log';
import { useHasPermission } from '../../features/auth/permissions';
import { useEmployeeList } from '../../features/employees/api/list-employees';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The audit log; its actor filter offers the employees and (for those who may see them) the API keys. */
export function AuditLogRoute() {
  useDocumentTitle(['Audit log', 'Back office']);
  const employees = useEmployeeList('');
  const canSeeApiKeys = useHasPermission('integrations:manage');
  const apiKeys = useQuery({ ...apiKeyListQueryOptions(), enabled: canSeeApiKeys });

  const actorOptions = useMemo<SelectOption[]>(() => {
    const people = (employees.data?.pages ?? [])
      .flatMap((page) => page.items)
      .map((employee) => ({ value: employee.id, label: `${employee.firstName} ${employee.lastName}` }));
    const keys = (apiKeys.data?.items ?? []).map((key) => ({
      value: key.id,
      label: `${key.name} (API key)`,
    }));
    return [...people, ...keys];
  }, [employees.data, apiKeys.data]);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the Admin API: who did it, when, and what was sent (secrets hidden)."
      />
      <AuditLog actorOptions={actorOptions} />
    </>
  );
}
