import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SavedView } from './list-saved-views';
import { savedViewKeys } from './saved-view-keys';

/** `DELETE /admin/saved-views/:id`: deletes one of the employee's views (204); someone else's or unknown: 404. */
export function deleteSavedView(view: Pick<SavedView, 'id' | 'list'>) {
  return unwrap(api.DELETE('/admin/saved-views/{id}', { params: { path: { id: view.id } } }));
}

export function deleteSavedViewMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: savedViewKeys.remove(),
    mutationFn: deleteSavedView,
    // Also after a 404 (deleted in another tab): the list then shows what is left.
    onSettled: (_data, _error, view) =>
      queryClient.invalidateQueries({ queryKey: savedViewKeys.list(view.list) }),
  });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation(deleteSavedViewMutationOptions(queryClient));
}
