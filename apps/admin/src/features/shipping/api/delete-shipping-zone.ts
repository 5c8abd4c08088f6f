import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { shippingKeys } from './shipping-keys';

/** `DELETE /admin/shipping-zones/:id` (permission `settings:write`): deletes the zone and its methods. */
export function deleteShippingZone(id: string) {
  return unwrap(api.DELETE('/admin/shipping-zones/{id}', { params: { path: { id } } }));
}

export function deleteShippingZoneMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.deleteZone(),
    mutationFn: deleteShippingZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useDeleteShippingZone() {
  const queryClient = useQueryClient();
  return useMutation(deleteShippingZoneMutationOptions(queryClient));
}
