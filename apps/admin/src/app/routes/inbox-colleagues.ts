import { unwrap } from '@comptoir/sdk';
import type { SelectOption } from '@comptoir/ui';
import { useQuery } from '@tanstack/react-query';
import { useHasPermission } from '../../features/auth/permissions';
import { threadKeys } from '../../features/messages/api/thread-keys';
import { api } from '../../lib/api-client';

/**
 * The active employees a conversation can be given to, as select options, from
 * `GET /admin/threads/assignees` (readable with `customers:read`, unlike the employee administration list).
 */
export function useInboxColleagues(): SelectOption[] {
  const canRead = useHasPermission('customers:read');
  const assignees = useQuery({
    queryKey: [...threadKeys.all, 'assignees'],
    queryFn: ({ signal }) => unwrap(api.GET('/admin/threads/assignees', { signal })),
    enabled: canRead,
    staleTime: 60_000,
  });
  return (assignees.data?.items ?? []).map((employee) => ({ value: employee.id, label: employee.name }));
}
