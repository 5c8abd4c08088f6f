import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { shippingKeys } from './shipping-keys';

export type ShippingMethodChanges = RequestBody<'/admin/shipping-methods/{id}', 'patch'>;

/** `PATCH /admin/shipping-methods/:id` (permission `settings:write`): changes a method; 400 with field errors. */
export function updateShippingMethod({ id, changes }: { id: string; changes: ShippingMethodChanges }) {
  return unwrap(api.PATCH('/admin/shipping-methods/{id}', { params: { path: { id } }, body: changes }));
}

export function updateShippingMethodMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.updateMethod(),
    mutationFn: updateShippingMethod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useUpdateShippingMethod() {
  const queryClient = useQueryClient();
  return useMutation(updateShippingMethodMutationOptions(queryClient));
}
