import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { taxKeys } from './tax-keys';

export type TaxRateChanges = RequestBody<'/admin/tax-rates/{id}', 'patch'>;

/** `PATCH /admin/tax-rates/:id` (permission `settings:write`): 400 with field errors; 409 `tax_rate_exists`. */
export function updateTaxRate({ id, changes }: { id: string; changes: TaxRateChanges }) {
  return unwrap(api.PATCH('/admin/tax-rates/{id}', { params: { path: { id } }, body: changes }));
}

export function updateTaxRateMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: taxKeys.update(),
    mutationFn: updateTaxRate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taxKeys.all }),
  });
}

export function useUpdateTaxRate() {
  const queryClient = useQueryClient();
  return useMutation(updateTaxRateMutationOptions(queryClient));
}
