import type { InventoryListQuery } from './list-inventory';

/**
 * Query keys of the inventory feature. An adjustment or a threshold change invalidates the lists (stock and the
 * low-stock flag move) and the ledger of the variants it touched.
 */
export const inventoryKeys = {
  all: ['inventory'] as const,
  lists: () => [...inventoryKeys.all, 'list'] as const,
  list: (query: InventoryListQuery) => [...inventoryKeys.lists(), query] as const,
  movementLists: () => [...inventoryKeys.all, 'movements'] as const,
  movements: (variantId: string) => [...inventoryKeys.movementLists(), variantId] as const,
  action: (name: 'adjust' | 'threshold') => [...inventoryKeys.all, name] as const,
};
