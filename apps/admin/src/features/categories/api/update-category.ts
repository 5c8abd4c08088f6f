import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

export type CategoryChanges = components['schemas']['CategoryUpdate'];

/**
 * `PATCH /admin/categories/:id` (permission `catalog:write`): renames, describes, moves (`parentId`) or reorders
 * (`position` among the new siblings) a category. 400/409 when moved under its own descendant; 409
 * `version_conflict` when `version` is stale.
 */
export function updateCategory({ id, changes }: { id: string; changes: CategoryChanges }) {
  return unwrap(api.PATCH('/admin/categories/{id}', { params: { path: { id } }, body: changes }));
}

export function updateCategoryMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: categoryKeys.update(),
    mutationFn: updateCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation(updateCategoryMutationOptions(queryClient));
}
