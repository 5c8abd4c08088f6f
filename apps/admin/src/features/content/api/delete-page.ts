import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `DELETE /admin/content/pages/:id` (permission `content:write`, 204): the page and its revisions go. 409
 * `conflict` while it is the terms or privacy page (the problem's `detail` says so).
 */
export async function deletePage(id: string): Promise<void> {
  await unwrap(api.DELETE('/admin/content/pages/{id}', { params: { path: { id } } }));
}

export function deletePageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.deletePage(),
    mutationFn: deletePage,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: contentKeys.page(id) });
      queryClient.removeQueries({ queryKey: contentKeys.revisions(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contentKeys.pageLists() }),
        queryClient.invalidateQueries({ queryKey: contentKeys.pageChoices() }),
        // Menu items linking to it now have no target.
        queryClient.invalidateQueries({ queryKey: contentKeys.navigation() }),
      ]);
    },
  });
}

export function useDeletePage() {
  const queryClient = useQueryClient();
  return useMutation(deletePageMutationOptions(queryClient));
}
