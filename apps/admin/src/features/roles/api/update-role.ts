import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { roleKeys } from './role-keys';

export type RoleChanges = components['schemas']['RoleUpdate'];

/**
 * `PATCH /admin/roles/:id` (permission `employees:manage`): renames a custom role or changes its permissions;
 * employees holding it get them on their next request. 409 `role_built_in` for a built-in role.
 */
export function updateRole({ id, changes }: { id: string; changes: RoleChanges }) {
  return unwrap(api.PATCH('/admin/roles/{id}', { params: { path: { id } }, body: changes }));
}

export function updateRoleMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: roleKeys.update(),
    mutationFn: updateRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.all }),
  });
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation(updateRoleMutationOptions(queryClient));
}
