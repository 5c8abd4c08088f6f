import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

/** `DELETE /admin/categories/:id/image` (permission `catalog:write`): removes the category's picture and its files. */
export function removeCategoryImage(categoryId: string) {
  return unwrap(api.DELETE('/admin/categories/{id}/image', { params: { path: { id: categoryId } } }));
}

export function removeCategoryImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...categoryKeys.image(), 'remove'],
    mutationFn: removeCategoryImage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useRemoveCategoryImage() {
  const queryClient = useQueryClient();
  return useMutation(removeCategoryImageMutationOptions(queryClient));
}
