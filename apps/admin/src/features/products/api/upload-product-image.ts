import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { imageUploadBody } from '../../../lib/image-upload-body';
import { productKeys } from './product-keys';

export interface ProductImageUpload {
  productId: string;
  file: File;
  alt?: string;
}

/**
 * `POST /admin/products/:id/images` (permission `catalog:write`), as `multipart/form-data`: adds an image (JPEG,
 * PNG, WebP, AVIF or GIF, up to 10 MB) after the others. 415 when the content is not one of those types; 413
 * when too big. Sent through the SDK client, so it carries the bearer token and renews it like any request.
 */
export function uploadProductImage({ productId, file, alt }: ProductImageUpload) {
  return unwrap(
    api.POST('/admin/products/{id}/images', {
      params: { path: { id: productId } },
      ...imageUploadBody(file, alt),
    }),
  );
}

export function uploadProductImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...productKeys.images(), 'upload'],
    mutationFn: uploadProductImage,
    onSuccess: async (_image, { productId }) => {
      await queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) });
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useUploadProductImage() {
  const queryClient = useQueryClient();
  return useMutation(uploadProductImageMutationOptions(queryClient));
}
