import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';

export type PageChanges = RequestBody<'/admin/content/pages/{id}', 'patch'>;

/**
 * `PATCH /admin/content/pages/:id` (permission `content:write`): changes a page (publishing it too) as a new
 * version with its revision. 409 `version_conflict` for a stale `version`; 409 `conflict` on `handle`.
 */
export function updatePage({ id, changes }: { id: string; changes: PageChanges }) {
  return unwrap(api.PATCH('/admin/content/pages/{id}', { params: { path: { id } }, body: changes }));
}

/** What changing a page (saving or restoring) refreshes: its detail, its revisions and every list of pages. */
export async function refreshAfterPageChange(
  queryClient: QueryClient,
  page: Awaited<ReturnType<typeof updatePage>>,
) {
  queryClient.setQueryData(contentKeys.page(page.id), page);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: contentKeys.revisions(page.id) }),
    queryClient.invalidateQueries({ queryKey: contentKeys.pageLists() }),
    queryClient.invalidateQueries({ queryKey: contentKeys.pageChoices() }),
  ]);
}

export function updatePageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.updatePage(),
    mutationFn: updatePage,
    onSuccess: (page) => refreshAfterPageChange(queryClient, page),
  });
}

export function useUpdatePage() {
  const queryClient = useQueryClient();
  return useMutation(updatePageMutationOptions(queryClient));
}
