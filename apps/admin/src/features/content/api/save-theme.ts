import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';

export type ThemeUpdate = RequestBody<'/admin/content/theme', 'put'>;

/**
 * `PUT /admin/content/theme` (permission `content:write`): replaces the branding draft (customers see it once
 * published). 400 `validation_failed` with field errors (colour pairs under 4.5:1 on `colors.onPrimary` /
 * `colors.onAccent`, `announcement.endsAt` before its start, unknown images); 409 `version_conflict`.
 */
export function saveTheme(update: ThemeUpdate) {
  return unwrap(api.PUT('/admin/content/theme', { body: update }));
}

export function saveThemeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.saveTheme(),
    mutationFn: saveTheme,
    onSuccess: (theme) => queryClient.setQueryData(contentKeys.theme(), theme),
  });
}

export function useSaveTheme() {
  const queryClient = useQueryClient();
  return useMutation(saveThemeMutationOptions(queryClient));
}
