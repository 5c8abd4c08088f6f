import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';
import type { AdminProduct } from './product-types';

export interface ProductImageOrder {
  productId: string;
  /** Every image of the product, in the new order (the first is the main image). */
  imageIds: string[];
}

/** `PUT /admin/products/:id/images/order` (permission `catalog:write`): puts the images in a new order. */
export function reorderProductImages({ productId, imageIds }: ProductImageOrder) {
  return unwrap(
    api.PUT('/admin/products/{id}/images/order', {
      params: { path: { id: productId } },
      body: { imageIds },
    }),
  );
}

export function reorderProductImagesMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...productKeys.images(), 'reorder'],
    mutationFn: reorderProductImages,
    onSuccess: async ({ items }, { productId }) => {
      // Show the new order at once, then refresh the product (and the lists' thumbnails).
      queryClient.setQueryData<AdminProduct>(productKeys.detail(productId), (product) =>
        product ? { ...product, images: items } : product,
      );
      await queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) });
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useReorderProductImages() {
  const queryClient = useQueryClient();
  return useMutation(reorderProductImagesMutationOptions(queryClient));
}
