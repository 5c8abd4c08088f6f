import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';

export type NewPage = RequestBody<'/admin/content/pages', 'post'>;

/**
 * `POST /admin/content/pages` (permission `content:write`, 201): a page as version 1 with its first revision;
 * the handle comes from the title when absent. 400 with field errors; 409 `conflict` on `handle` when taken.
 */
export function createPage(page: NewPage) {
  return unwrap(api.POST('/admin/content/pages', { body: page }));
}

export function createPageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.createPage(),
    mutationFn: createPage,
    onSuccess: async (page) => {
      queryClient.setQueryData(contentKeys.page(page.id), page);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contentKeys.pageLists() }),
        queryClient.invalidateQueries({ queryKey: contentKeys.pageChoices() }),
      ]);
    },
  });
}

export function useCreatePage() {
  const queryClient = useQueryClient();
  return useMutation(createPageMutationOptions(queryClient));
}
