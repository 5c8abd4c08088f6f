import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OrderListQuery } from './list-orders';
import { orderKeys } from './order-keys';

/** `GET /admin/orders?…&limit=1` (permission `orders:read`): how many orders match the filters (its `total`). */
export async function countOrders(query: OrderListQuery, signal?: AbortSignal): Promise<number> {
  const page = await unwrap(api.GET('/admin/orders', { params: { query: { ...query, limit: 1 } }, signal }));
  return page.total;
}

export function orderCountQueryOptions(query: OrderListQuery) {
  return queryOptions({
    // Under the lists' key, so that an action on an order (which invalidates the lists) refreshes it too.
    queryKey: [...orderKeys.lists(), 'count', query] as const,
    queryFn: ({ signal }) => countOrders(query, signal),
  });
}

export function useOrderCount(query: OrderListQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...orderCountQueryOptions(query), enabled });
}
