import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from './settings-keys';

/** `GET /store/settings`: the public settings; used for the store name, which every employee may see. */
export function getStoreSettings(signal?: AbortSignal) {
  // The API lets browsers cache this public answer for a while (Cache-Control: max-age); the back office must
  // see its own changes at once, so it always revalidates with the server.
  return unwrap(api.GET('/store/settings', { signal, cache: 'no-cache' }));
}

export function storeSettingsQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.store(),
    queryFn: ({ signal }) => getStoreSettings(signal),
    staleTime: 5 * 60_000,
  });
}

export function useStoreSettings() {
  return useQuery(storeSettingsQueryOptions());
}
