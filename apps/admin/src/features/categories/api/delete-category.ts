import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

/**
 * `DELETE /admin/categories/:id` (permission `catalog:write`): deletes a category; 409 while it has
 * sub-categories (move or delete them first).
 */
export function deleteCategory(id: string) {
  return unwrap(api.DELETE('/admin/categories/{id}', { params: { path: { id } } }));
}

export function deleteCategoryMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: categoryKeys.delete(),
    mutationFn: deleteCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useDeleteCategory() {
  const queryClient = useQueryClient();
  return useMutation(deleteCategoryMutationOptions(queryClient));
}
