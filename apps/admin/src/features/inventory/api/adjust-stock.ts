import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { inventoryKeys } from './inventory-keys';

export type StockAdjustment = RequestBody<'/admin/inventory/adjustments', 'post'>;
export type AdjustmentReason = StockAdjustment['reason'];

export interface AdjustStock {
  adjustment: StockAdjustment;
  /** A new one per click (`crypto.randomUUID()`): a retried request never counts a delivery twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/inventory/adjustments` (permission `inventory:write`): changes the stock of several variants at
 * once, all or nothing; each item gives `delta` (units added, negative to remove) or `setTo` (the counted
 * stock). 400 field errors at `items.N.delta` / `items.N.setTo` (e.g. stock would fall below zero).
 */
export function adjustStock({ adjustment, idempotencyKey }: AdjustStock) {
  return unwrap(
    api.POST('/admin/inventory/adjustments', {
      params: { header: { 'idempotency-key': idempotencyKey } },
      body: adjustment,
    }),
  );
}

export function adjustStockMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: inventoryKeys.action('adjust'),
    mutationFn: adjustStock,
    onSuccess: async (_result, { adjustment }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inventoryKeys.lists() }),
        ...adjustment.items.map((item) =>
          queryClient.invalidateQueries({ queryKey: inventoryKeys.movements(item.variantId) }),
        ),
      ]);
    },
  });
}

export function useAdjustStock() {
  const queryClient = useQueryClient();
  return useMutation(adjustStockMutationOptions(queryClient));
}
