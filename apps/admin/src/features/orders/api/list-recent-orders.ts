import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';

/** `GET /admin/orders?limit=…` (permission `orders:read`): the newest orders. */
export async function listRecentOrders(limit: number, signal?: AbortSignal) {
  const page = await unwrap(api.GET('/admin/orders', { params: { query: { limit } }, signal }));
  return page.items;
}

export function recentOrdersQueryOptions(limit: number) {
  return queryOptions({
    queryKey: [...orderKeys.lists(), 'recent', limit] as const,
    queryFn: ({ signal }) => listRecentOrders(limit, signal),
  });
}

export function useRecentOrders(limit: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...recentOrdersQueryOptions(limit), enabled });
}
