import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';

/**
 * `GET /admin/orders/:id` (permission `orders:read`): the order as placed (lines, totals, addresses, payment),
 * its timeline (newest first) and the actions its state allows now; 404 when unknown.
 */
export function getOrder(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/orders/{id}', { params: { path: { id } }, signal }));
}

export type Order = Awaited<ReturnType<typeof getOrder>>;
export type OrderLine = Order['items'][number];
export type OrderEvent = Order['events'][number];
export type OrderAction = Order['allowedActions'][number];
export type OrderAddress = Order['shippingAddress'];
export type OrderPayment = NonNullable<Order['payment']>;
export type Money = Order['totals']['total'];

export function orderQueryOptions(id: string) {
  return queryOptions({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => getOrder(id, signal),
  });
}

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}
