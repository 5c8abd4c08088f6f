import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';
import type { BulkProductAction } from './product-types';

export interface BulkProductRequest {
  /** 1 to 500 product ids. */
  ids: string[];
  action: BulkProductAction;
}

/**
 * `POST /admin/products/bulk` (permission `catalog:write`): sets the status of, deletes, or adjusts the prices
 * (by a percentage, -90 to 1000) of several products at once; answers how many were affected.
 */
export function bulkUpdateProducts(request: BulkProductRequest) {
  return unwrap(api.POST('/admin/products/bulk', { body: request }));
}

export function bulkUpdateProductsMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: productKeys.bulk(),
    mutationFn: bulkUpdateProducts,
    // Lists and any product opened before: all may have changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useBulkUpdateProducts() {
  const queryClient = useQueryClient();
  return useMutation(bulkUpdateProductsMutationOptions(queryClient));
}
