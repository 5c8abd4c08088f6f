import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** `GET /store/me`: the signed-in customer; 401 when the session has ended. */
export function getCustomer(signal?: AbortSignal) {
  return unwrap(api.GET('/store/me', { signal }));
}

export function customerQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.customer(),
    queryFn: ({ signal }) => getCustomer(signal),
    // Sign-in, sign-up and refresh answers already carry the customer; profile saves update it in place.
    staleTime: 5 * 60_000,
  });
}

/** The signed-in customer; only fetched while there is a session (`enabled`). */
export function useCustomer(options: { enabled: boolean }) {
  return useQuery({ ...customerQueryOptions(), enabled: options.enabled });
}
