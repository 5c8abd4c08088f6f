import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { inventoryKeys } from './inventory-keys';

export interface SetLowStockThreshold {
  variantId: string;
  /** Units at or below which the variant counts as low on stock; null: the store default. */
  lowStockThreshold: number | null;
}

/**
 * `PATCH /admin/inventory/:variantId` (permission `inventory:write`): sets the variant's low-stock threshold
 * (null goes back to the store default). 400 field errors (`lowStockThreshold`).
 */
export function setLowStockThreshold({ variantId, lowStockThreshold }: SetLowStockThreshold) {
  return unwrap(
    api.PATCH('/admin/inventory/{variantId}', {
      params: { path: { variantId } },
      body: { lowStockThreshold },
    }),
  );
}

export function setLowStockThresholdMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: inventoryKeys.action('threshold'),
    mutationFn: setLowStockThreshold,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inventoryKeys.lists() }),
  });
}

export function useSetLowStockThreshold() {
  const queryClient = useQueryClient();
  return useMutation(setLowStockThresholdMutationOptions(queryClient));
}
