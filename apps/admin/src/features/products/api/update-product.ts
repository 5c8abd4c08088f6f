import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';
import type { ProductUpdate } from './product-types';

/**
 * `PATCH /admin/products/:id` (permission `catalog:write`): changes the general fields, categories and features.
 * 400 with field errors; 409 `version_conflict` when `version` is stale (someone else saved first).
 */
export function updateProduct({ id, changes }: { id: string; changes: ProductUpdate }) {
  return unwrap(api.PATCH('/admin/products/{id}', { params: { path: { id } }, body: changes }));
}

export function updateProductMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: productKeys.update(),
    mutationFn: updateProduct,
    onSuccess: async (product) => {
      queryClient.setQueryData(productKeys.detail(product.id), product);
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return useMutation(updateProductMutationOptions(queryClient));
}
