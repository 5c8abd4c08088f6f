import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { roleKeys } from './role-keys';

/** `GET /admin/roles` (permission `employees:manage`): the built-in roles, then the store's custom roles. */
export function listRoles(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/roles', { signal }));
}

export type Role = Awaited<ReturnType<typeof listRoles>>['items'][number];

export function roleListQueryOptions() {
  return queryOptions({
    queryKey: roleKeys.list(),
    queryFn: ({ signal }) => listRoles(signal),
  });
}

export function useRoleList() {
  return useQuery(roleListQueryOptions());
}
