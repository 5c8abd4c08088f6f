import { type SettingsUpdate, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from './settings-keys';

/**
 * `PATCH /admin/settings` (permission `settings:write`): saves the changes. 400 `validation_failed` lists field
 * errors; 409 `version_conflict` when `version` is not the latest (someone else saved first).
 */
export function updateSettings(update: SettingsUpdate) {
  return unwrap(api.PATCH('/admin/settings', { body: update }));
}

export function updateSettingsMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: settingsKeys.update(),
    mutationFn: updateSettings,
    onSuccess: async (saved) => {
      // The answer is the new state: show it at once, then refresh every settings view (e.g. the store name).
      queryClient.setQueryData(settingsKeys.admin(), saved);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.all });
    },
  });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation(updateSettingsMutationOptions(queryClient));
}
