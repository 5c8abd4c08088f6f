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

/** The saved addresses; `enabled: false` skips the request (e.g. for a visitor who is not signed in). */
export function useAddresses({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...addressListQueryOptions(), enabled });
}
