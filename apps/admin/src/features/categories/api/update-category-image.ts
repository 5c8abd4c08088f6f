import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

export interface UpdateCategoryImageInput {
  categoryId: string;
  alt: string | null;
}

/** `PATCH /admin/categories/:id/image` (permission `catalog:write`): changes the picture's alt text only. */
export function updateCategoryImage({ categoryId, alt }: UpdateCategoryImageInput) {
  return unwrap(
    api.PATCH('/admin/categories/{id}/image', { params: { path: { id: categoryId } }, body: { alt } }),
  );
}

export function updateCategoryImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...categoryKeys.image(), 'update'],
    mutationFn: updateCategoryImage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useUpdateCategoryImage() {
  const queryClient = useQueryClient();
  return useMutation(updateCategoryImageMutationOptions(queryClient));
}
