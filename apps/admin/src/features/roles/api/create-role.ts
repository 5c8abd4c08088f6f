import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { roleKeys } from './role-keys';

export type NewRole = components['schemas']['NewRole'];

/**
 * `POST /admin/roles` (permission `employees:manage`): creates a custom role. 400 with field errors; 403 when
 * it would grant permissions the caller does not hold; 409 when the name is taken.
 */
export function createRole(role: NewRole) {
  return unwrap(api.POST('/admin/roles', { body: role }));
}

export function createRoleMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: roleKeys.create(),
    mutationFn: createRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.all }),
  });
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation(createRoleMutationOptions(queryClient));
}
