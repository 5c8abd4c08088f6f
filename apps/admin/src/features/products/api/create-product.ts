import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';
import type { NewProduct } from './product-types';

/**
 * `POST /admin/products` (permission `catalog:write`): creates a product with its options and variants. 400
 * with field errors (`body.variants.N.sku` …); 409 when the handle or a SKU is taken.
 */
export function createProduct(product: NewProduct) {
  return unwrap(api.POST('/admin/products', { body: product }));
}

export function createProductMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: productKeys.create(),
    mutationFn: createProduct,
    onSuccess: async (product) => {
      queryClient.setQueryData(productKeys.detail(product.id), product);
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation(createProductMutationOptions(queryClient));
}
