import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { employeeKeys } from './employee-keys';

export type EmployeeChanges = components['schemas']['EmployeeUpdate'];

/**
 * `PATCH /admin/employees/:id` (permission `employees:manage`): names, role, active. A role change or a
 * deactivation signs the employee out at once. 409 `last_owner` when it would leave no active owner.
 */
export function updateEmployee({ id, changes }: { id: string; changes: EmployeeChanges }) {
  return unwrap(api.PATCH('/admin/employees/{id}', { params: { path: { id } }, body: changes }));
}

export function updateEmployeeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: employeeKeys.update(),
    mutationFn: updateEmployee,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employeeKeys.lists() }),
  });
}

export function useUpdateEmployee() {
  const queryClient = useQueryClient();
  return useMutation(updateEmployeeMutationOptions(queryClient));
}
