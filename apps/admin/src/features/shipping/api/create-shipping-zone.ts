import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { shippingKeys } from './shipping-keys';

export type NewShippingZone = RequestBody<'/admin/shipping-zones', 'post'>;

/**
 * `POST /admin/shipping-zones` (permission `settings:write`): creates a zone for some countries. 400 with field
 * errors; 409 `country_in_other_zone` (errors[path=countries] names the zone that has the country).
 */
export function createShippingZone(zone: NewShippingZone) {
  return unwrap(api.POST('/admin/shipping-zones', { body: zone }));
}

export function createShippingZoneMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.createZone(),
    mutationFn: createShippingZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useCreateShippingZone() {
  const queryClient = useQueryClient();
  return useMutation(createShippingZoneMutationOptions(queryClient));
}
