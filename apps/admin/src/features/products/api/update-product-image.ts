import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';

export interface ProductImageChange {
  productId: string;
  imageId: string;
  /** The text read in place of the image; null removes it. */
  alt: string | null;
}

/** `PATCH /admin/products/:id/images/:imageId` (permission `catalog:write`): changes an image's alt text. */
export function updateProductImage({ productId, imageId, alt }: ProductImageChange) {
  return unwrap(
    api.PATCH('/admin/products/{id}/images/{imageId}', {
      params: { path: { id: productId, imageId } },
      body: { alt },
    }),
  );
}

export function updateProductImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...productKeys.images(), 'update'],
    mutationFn: updateProductImage,
    onSuccess: (_image, { productId }) =>
      queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) }),
  });
}

export function useUpdateProductImage() {
  const queryClient = useQueryClient();
  return useMutation(updateProductImageMutationOptions(queryClient));
}
