import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeSettingsKeys } from './store-settings-keys';

/** `GET /store/settings`: the store's public settings (name, support email, currency, country, tax display). */
export function getStoreSettings(signal?: AbortSignal) {
  return unwrap(api.GET('/store/settings', { signal }));
}

export function storeSettingsQueryOptions() {
  return queryOptions({
    queryKey: storeSettingsKeys.detail(),
    queryFn: ({ signal }) => getStoreSettings(signal),
  });
}

/** The public store settings; shared by the layout, the home page and the about page (one request). */
export function useStoreSettings() {
  return useQuery(storeSettingsQueryOptions());
}
