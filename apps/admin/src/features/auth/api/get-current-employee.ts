import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** `GET /admin/me`: the signed-in employee; 401 when the token is missing or expired. */
export function getCurrentEmployee(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/me', { signal }));
}

export function currentEmployeeQueryOptions() {
  return queryOptions({
    queryKey: authKeys.currentEmployee(),
    queryFn: ({ signal }) => getCurrentEmployee(signal),
    // Who is signed in does not change behind our back; a 401 on any call signs out anyway.
    staleTime: 5 * 60_000,
  });
}

export function useCurrentEmployee(options: { enabled: boolean }) {
  return useQuery({ ...currentEmployeeQueryOptions(), enabled: options.enabled });
}
