import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `POST /admin/content/theme/publish` (permission `content:write`): the draft becomes what customers see. The
 * draft `version` previewed is sent: a draft changed since is refused with 409 `version_conflict`.
 */
export function publishTheme(version: number) {
  return unwrap(api.POST('/admin/content/theme/publish', { body: { version } }));
}

export function publishThemeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.publishTheme(),
    mutationFn: publishTheme,
    onSuccess: (theme) => queryClient.setQueryData(contentKeys.theme(), theme),
  });
}

export function usePublishTheme() {
  const queryClient = useQueryClient();
  return useMutation(publishThemeMutationOptions(queryClient));
}
