import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { addressKeys } from './address-keys';
import type { AddressInput } from './create-address';

export interface AddressUpdate {
  id: string;
  changes: Partial<AddressInput>;
}

/** `PATCH /store/me/addresses/:id`: saves changes; 404 when the address is gone (or not the customer's). */
export function updateAddress({ id, changes }: AddressUpdate) {
  return unwrap(api.PATCH('/store/me/addresses/{id}', { params: { path: { id } }, body: changes }));
}

export function updateAddressMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: addressKeys.mutation('update'),
    mutationFn: updateAddress,
    // A new default changes other addresses' flags too: refetch the list rather than patch one entry.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressKeys.all }),
  });
}

export function useUpdateAddress() {
  const queryClient = useQueryClient();
  return useMutation(updateAddressMutationOptions(queryClient));
}
