import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';
import type { CustomerDetail } from './get-customer';

export interface CustomerStatusChange {
  id: string;
  status: CustomerDetail['status'];
}

/**
 * `PATCH /admin/customers/:id` (permission `customers:write`): enables or disables the account. A disabled
 * customer cannot sign in, and their sessions end.
 */
export function updateCustomerStatus({ id, status }: CustomerStatusChange) {
  return unwrap(api.PATCH('/admin/customers/{id}', { params: { path: { id } }, body: { status } }));
}

export function updateCustomerStatusMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: customerKeys.updateStatus(),
    mutationFn: updateCustomerStatus,
    onSuccess: async (customer) => {
      queryClient.setQueryData(customerKeys.detail(customer.id), customer);
      await queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}

export function useUpdateCustomerStatus() {
  const queryClient = useQueryClient();
  return useMutation(updateCustomerStatusMutationOptions(queryClient));
}
