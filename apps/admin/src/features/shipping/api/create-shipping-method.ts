import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { shippingKeys } from './shipping-keys';

export type NewShippingMethod = RequestBody<'/admin/shipping-zones/{id}/methods', 'post'>;

/**
 * `POST /admin/shipping-zones/:id/methods` (permission `settings:write`): adds a way to ship to the zone (amounts
 * in minor units). 400 with field errors (e.g. `weightBands.1.upToGrams` when the bands are not ascending).
 */
export function createShippingMethod({ zoneId, method }: { zoneId: string; method: NewShippingMethod }) {
  return unwrap(
    api.POST('/admin/shipping-zones/{id}/methods', { params: { path: { id: zoneId } }, body: method }),
  );
}

export function createShippingMethodMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.createMethod(),
    mutationFn: createShippingMethod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useCreateShippingMethod() {
  const queryClient = useQueryClient();
  return useMutation(createShippingMethodMutationOptions(queryClient));
}
