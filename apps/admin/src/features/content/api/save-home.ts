import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';

export type HomeUpdate = RequestBody<'/admin/content/home', 'put'>;

/**
 * `PUT /admin/content/home` (permission `content:write`): replaces the ordered draft sections (at most 20).
 * 400 with errors on `sections.N.…` (unknown images, categories, products or links, repeated ids); 409
 * `version_conflict`.
 */
export function saveHome(update: HomeUpdate) {
  return unwrap(api.PUT('/admin/content/home', { body: update }));
}

export function saveHomeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.saveHome(),
    mutationFn: saveHome,
    onSuccess: (home) => queryClient.setQueryData(contentKeys.home(), home),
  });
}

export function useSaveHome() {
  const queryClient = useQueryClient();
  return useMutation(saveHomeMutationOptions(queryClient));
}
