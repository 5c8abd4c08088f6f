import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';

/**
 * `POST /admin/products/:id/duplicate` (permission `catalog:write`): a draft copy ("Copy of …") with a new
 * handle and new SKUs.
 */
export function duplicateProduct(id: string) {
  return unwrap(api.POST('/admin/products/{id}/duplicate', { params: { path: { id } } }));
}

export function duplicateProductMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: productKeys.duplicate(),
    mutationFn: duplicateProduct,
    onSuccess: async (copy) => {
      queryClient.setQueryData(productKeys.detail(copy.id), copy);
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useDuplicateProduct() {
  const queryClient = useQueryClient();
  return useMutation(duplicateProductMutationOptions(queryClient));
}
