import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';

/** `DELETE /admin/products/:id/images/:imageId` (permission `catalog:write`): removes an image and its files. */
export function deleteProductImage({ productId, imageId }: { productId: string; imageId: string }) {
  return unwrap(
    api.DELETE('/admin/products/{id}/images/{imageId}', {
      params: { path: { id: productId, imageId } },
    }),
  );
}

export function deleteProductImageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...productKeys.images(), 'delete'],
    mutationFn: deleteProductImage,
    onSuccess: async (_nothing, { productId }) => {
      await queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) });
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useDeleteProductImage() {
  const queryClient = useQueryClient();
  return useMutation(deleteProductImageMutationOptions(queryClient));
}
