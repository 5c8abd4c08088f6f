import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { inventoryKeys } from './inventory-keys';

/** The filters of the stock list: search (SKU or product title) and low stock only (`'true'`, or `''` for all). */
export interface InventoryListQuery {
  q: string;
  lowStock: '' | 'true';
}

const pageSize = 50;

/**
 * `GET /admin/inventory` (permission `catalog:read`): stock per variant, searchable by SKU or product title;
 * `lowStock` keeps only tracked variants at or below their threshold.
 */
export function listInventory(query: InventoryListQuery, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/inventory', { params: { query: cursorPageQuery(pageSize, query, cursor) }, signal }),
  );
}

export type InventoryPage = Awaited<ReturnType<typeof listInventory>>;
export type InventoryItem = InventoryPage['items'][number];

export function inventoryListQueryOptions(query: InventoryListQuery) {
  return cursorListQueryOptions(inventoryKeys.list(query), (cursor, signal) =>
    listInventory(query, cursor, signal),
  );
}

export function useInventoryList(query: InventoryListQuery) {
  return useInfiniteQuery(inventoryListQueryOptions(query));
}
