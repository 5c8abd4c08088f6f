import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { taxKeys } from './tax-keys';

/** `DELETE /admin/tax-rates/:id` (permission `settings:write`): removes a rate (orders keep their taxes). */
export function deleteTaxRate(id: string) {
  return unwrap(api.DELETE('/admin/tax-rates/{id}', { params: { path: { id } } }));
}

export function deleteTaxRateMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: taxKeys.delete(),
    mutationFn: deleteTaxRate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taxKeys.all }),
  });
}

export function useDeleteTaxRate() {
  const queryClient = useQueryClient();
  return useMutation(deleteTaxRateMutationOptions(queryClient));
}
