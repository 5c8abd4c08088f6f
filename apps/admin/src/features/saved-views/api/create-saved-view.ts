import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { savedViewKeys } from './saved-view-keys';

export type NewSavedView = RequestBody<'/admin/saved-views', 'post'>;

/**
 * `POST /admin/saved-views`: saves a named query string of a list for the signed-in employee. The API keeps
 * only the list's filters (drops `cursor` and unknown keys) and answers the normalised `query`. 400 on `name`
 * or `query` (a value the list refuses, a leading "?"); 409 `conflict` when the employee already has a view of
 * that name (case-sensitive).
 */
export function createSavedView(view: NewSavedView) {
  return unwrap(api.POST('/admin/saved-views', { body: view }));
}

export function createSavedViewMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: savedViewKeys.create(),
    mutationFn: createSavedView,
    onSuccess: (view) => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(view.list) }),
  });
}

export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation(createSavedViewMutationOptions(queryClient));
}
