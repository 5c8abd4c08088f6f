import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { shippingKeys } from './shipping-keys';

export type ShippingZoneChanges = RequestBody<'/admin/shipping-zones/{id}', 'patch'>;

/**
 * `PATCH /admin/shipping-zones/:id` (permission `settings:write`): renames the zone or changes its countries.
 * 400 with field errors; 409 `country_in_other_zone`; 404 when the zone was deleted meanwhile.
 */
export function updateShippingZone({ id, changes }: { id: string; changes: ShippingZoneChanges }) {
  return unwrap(api.PATCH('/admin/shipping-zones/{id}', { params: { path: { id } }, body: changes }));
}

export function updateShippingZoneMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.updateZone(),
    mutationFn: updateShippingZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useUpdateShippingZone() {
  const queryClient = useQueryClient();
  return useMutation(updateShippingZoneMutationOptions(queryClient));
}
