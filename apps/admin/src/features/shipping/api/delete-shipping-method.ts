import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { shippingKeys } from './shipping-keys';

/** `DELETE /admin/shipping-methods/:id` (permission `settings:write`): removes a shipping method. */
export function deleteShippingMethod(id: string) {
  return unwrap(api.DELETE('/admin/shipping-methods/{id}', { params: { path: { id } } }));
}

export function deleteShippingMethodMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: shippingKeys.deleteMethod(),
    mutationFn: deleteShippingMethod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shippingKeys.all }),
  });
}

export function useDeleteShippingMethod() {
  const queryClient = useQueryClient();
  return useMutation(deleteShippingMethodMutationOptions(queryClient));
}
