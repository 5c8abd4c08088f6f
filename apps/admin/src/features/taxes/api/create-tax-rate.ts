import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { taxKeys } from './tax-keys';

export type NewTaxRate = RequestBody<'/admin/tax-rates', 'post'>;

/**
 * `POST /admin/tax-rates` (permission `settings:write`): adds a rate for a tax class in a country (or region).
 * 400 with field errors; 409 `tax_rate_exists` when that country, region and class already have a rate.
 */
export function createTaxRate(rate: NewTaxRate) {
  return unwrap(api.POST('/admin/tax-rates', { body: rate }));
}

export function createTaxRateMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: taxKeys.create(),
    mutationFn: createTaxRate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taxKeys.all }),
  });
}

export function useCreateTaxRate() {
  const queryClient = useQueryClient();
  return useMutation(createTaxRateMutationOptions(queryClient));
}
