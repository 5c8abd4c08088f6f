import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { inventoryKeys } from './inventory-keys';

/** `GET /admin/inventory?lowStock=true&limit=…` (permission `catalog:read`): variants at or below threshold. */
export function listLowStock(limit: number, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/inventory', { params: { query: { lowStock: 'true', limit } }, signal }));
}

export function lowStockQueryOptions(limit: number) {
  return queryOptions({
    queryKey: [...inventoryKeys.lists(), 'low-stock', limit] as const,
    queryFn: ({ signal }) => listLowStock(limit, signal),
  });
}

export function useLowStock(limit: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...lowStockQueryOptions(limit), enabled });
}
