import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { permissionKeys } from './permission-keys';

/**
 * `GET /admin/permissions` (permission `employees:manage`): every permission a role or an API key can hold,
 * with what it allows.
 */
export function listPermissions(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/permissions', { signal }));
}

export type PermissionDescription = Awaited<ReturnType<typeof listPermissions>>['items'][number];

export function permissionListQueryOptions() {
  return queryOptions({
    queryKey: permissionKeys.list(),
    queryFn: ({ signal }) => listPermissions(signal),
    // Fixed by the API version: no need to ask again during a session.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePermissionList() {
  return useQuery(permissionListQueryOptions());
}
