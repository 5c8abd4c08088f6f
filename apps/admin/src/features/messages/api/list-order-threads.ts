import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { threadKeys } from './thread-keys';

/**
 * `GET /admin/orders/:id/threads` (permission `customers:read`): every conversation about the order, newest
 * activity first (no paging); 404 unknown order.
 */
export function listOrderThreads(orderId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/orders/{id}/threads', { params: { path: { id: orderId } }, signal }));
}

export function orderThreadsQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: threadKeys.orderList(orderId),
    queryFn: ({ signal }) => listOrderThreads(orderId, signal),
  });
}

export function useOrderThreads(orderId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...orderThreadsQueryOptions(orderId), enabled: options.enabled ?? true });
}
