import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions } from '../../../lib/cursor-list-query';
import { inventoryKeys } from './inventory-keys';

const pageSize = 20;

/**
 * `GET /admin/inventory/:variantId/movements` (permission `catalog:read`): the variant's stock ledger, newest
 * first: each change with its reason, note, order and who made it.
 */
export function listStockMovements(variantId: string, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/inventory/{variantId}/movements', {
      params: { path: { variantId }, query: { limit: pageSize, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export type StockMovementPage = Awaited<ReturnType<typeof listStockMovements>>;
export type StockMovement = StockMovementPage['items'][number];
export type StockMovementReason = StockMovement['reason'];

export function stockMovementsQueryOptions(variantId: string) {
  return cursorListQueryOptions(inventoryKeys.movements(variantId), (cursor, signal) =>
    listStockMovements(variantId, cursor, signal),
  );
}

export function useStockMovements(variantId: string) {
  return useInfiniteQuery(stockMovementsQueryOptions(variantId));
}
