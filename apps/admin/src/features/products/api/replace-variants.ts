import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';
import type { VariantsReplacement } from './product-types';

/**
 * `PUT /admin/products/:id/variants` (permission `catalog:write`): replaces the option set and the variant list
 * (variants with an id are updated, without one created, missing ones deleted). Field errors at
 * `body.variants.N.sku` …; 409 `version_conflict` when `version` is stale.
 */
export function replaceVariants({ id, replacement }: { id: string; replacement: VariantsReplacement }) {
  return unwrap(api.PUT('/admin/products/{id}/variants', { params: { path: { id } }, body: replacement }));
}

export function replaceVariantsMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: productKeys.replaceVariants(),
    mutationFn: replaceVariants,
    onSuccess: async (product) => {
      queryClient.setQueryData(productKeys.detail(product.id), product);
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export function useReplaceVariants() {
  const queryClient = useQueryClient();
  return useMutation(replaceVariantsMutationOptions(queryClient));
}
