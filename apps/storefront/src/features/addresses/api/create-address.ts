import { type CustomerAddress, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { addressKeys } from './address-keys';

/** The fields of an address, as sent to the API (nullable ones may be null to leave them empty). */
export type AddressInput = Omit<CustomerAddress, 'id'>;

/**
 * `POST /store/me/addresses` (201): saves a new address. Marking it default moves the default flag away from
 * the previous default address, so the whole list is refetched. 400 `validation_failed` with field errors.
 */
export function createAddress(address: AddressInput) {
  return unwrap(api.POST('/store/me/addresses', { body: address }));
}

export function createAddressMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: addressKeys.mutation('create'),
    mutationFn: createAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressKeys.all }),
  });
}

export function useCreateAddress() {
  const queryClient = useQueryClient();
  return useMutation(createAddressMutationOptions(queryClient));
}
