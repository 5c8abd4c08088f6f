import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { addressKeys } from './address-keys';

/** `DELETE /store/me/addresses/:id` (204); 404 when the address is already gone (or not the customer's). */
export async function deleteAddress(id: string): Promise<void> {
  await unwrap(api.DELETE('/store/me/addresses/{id}', { params: { path: { id } } }));
}

export function deleteAddressMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: addressKeys.mutation('delete'),
    mutationFn: deleteAddress,
    // Refetch on failure too: a 404 means the list on screen is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: addressKeys.all }),
  });
}

export function useDeleteAddress() {
  const queryClient = useQueryClient();
  return useMutation(deleteAddressMutationOptions(queryClient));
}
