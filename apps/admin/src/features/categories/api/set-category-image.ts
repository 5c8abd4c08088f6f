import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
      // openapi-typescript types a binary part as a string; the serializer sends the File itself.
      body: { file: file.name, ...(alt ? { alt } : {}) },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        if (alt) form.append('alt', alt);
        return form;
      },
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
