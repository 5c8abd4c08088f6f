import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from './settings-keys';

/** `GET /admin/settings` (permission `settings:read`): every store setting, with its `version` for saving. */
export function getAdminSettings(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/settings', { signal }));
}

export function adminSettingsQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.admin(),
    queryFn: ({ signal }) => getAdminSettings(signal),
    // The form edits this data: never swap it under the employee's cursor on window focus. Saving refreshes it,
    // and a stale `version` is caught by the API (409) anyway.
    refetchOnWindowFocus: false,
  });
}

export function useAdminSettings() {
  return useQuery(adminSettingsQueryOptions());
}
