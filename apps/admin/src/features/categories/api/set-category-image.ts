import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { imageUploadBody } from '../../../lib/image-upload-body';
import { categoryKeys } from './category-keys';

export interface CategoryImageUpload {
  categoryId: string;
  file: File;
  alt?: string;
}

/**
 * `PUT /admin/categories/:id/image` (permission `catalog:write`), as `multipart/form-data`: sets or replaces the
 * category's picture (JPEG, PNG, WebP, AVIF or GIF, up to 10 MB) and its alt text. 415 when the content is not
 * one of those types; 413 when too big. The category's `version` does not change. Sent through the SDK client,
 * so it carries the bearer token and renews it like any request (the same pattern as product images).
 */
export function setCategoryImage({ categoryId, file, alt }: CategoryImageUpload) {
  return unwrap(
    api.PUT('/admin/categories/{id}/image', {
      params: { path: { id: categoryId } },
      ...imageUploadBody(file, alt),
    }),
  );
}

export function setCategoryImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...categoryKeys.image(), 'set'],
    mutationFn: setCategoryImage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useSetCategoryImage() {
  const queryClient = useQueryClient();
  return useMutation(setCategoryImageMutationOptions(queryClient));
}
