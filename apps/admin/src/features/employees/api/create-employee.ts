import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { employeeKeys } from './employee-keys';

export type NewEmployee = components['schemas']['NewEmployee'];

/**
 * `POST /admin/employees` (permission `employees:manage`): adds an employee who signs in with the temporary
 * password. 400 with field errors (weak password …); 409 `conflict` when the email is taken; 403 when the role
 * grants permissions the caller does not hold.
 */
export function createEmployee(employee: NewEmployee) {
  return unwrap(api.POST('/admin/employees', { body: employee }));
}

export function createEmployeeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: employeeKeys.create(),
    mutationFn: createEmployee,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employeeKeys.lists() }),
  });
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation(createEmployeeMutationOptions(queryClient));
}
