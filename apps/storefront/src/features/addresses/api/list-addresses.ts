import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { addressKeys } from './address-keys';

/** `GET /store/me/addresses`: the signed-in customer's saved addresses. */
export function listAddresses(signal?: AbortSignal) {
  return unwrap(api.GET('/store/me/addresses', { signal }));
}

export function addressListQueryOptions() {
  return queryOptions({
    queryKey: addressKeys.list(),
    queryFn: ({ signal }) => listAddresses(signal),
  });
}

export function useAddresses() {
  return useQuery(addressListQueryOptions());
}
