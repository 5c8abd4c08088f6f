import { type paths, unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions } from '../../../lib/cursor-list-query';
import { orderKeys } from './order-keys';

type ListQuery = NonNullable<paths['/admin/orders']['get']['parameters']['query']>;

/** The filters and order of the list as the API reads them (amounts in minor units, instants in ISO). */
export type OrderListQuery = Omit<ListQuery, 'limit' | 'cursor'>;

export const orderStatuses = ['pending', 'confirmed', 'cancelled', 'completed'] as const;
export const paymentStatuses = [
  'awaiting_payment',
  'authorized',
  'paid',
  'voided',
  'refunded',
  'partially_refunded',
] as const;
export const fulfillmentStatuses = ['unfulfilled', 'partially_fulfilled', 'fulfilled'] as const;
export const orderSorts = ['newest', 'oldest', 'total_desc', 'total_asc'] as const;

export type OrderStatus = (typeof orderStatuses)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];
export type FulfillmentStatus = (typeof fulfillmentStatuses)[number];
export type OrderSort = (typeof orderSorts)[number];

const pageSize = 25;

/**
 * `GET /admin/orders` (permission `orders:read`): one page of orders matching the filters (search by number,
 * email or customer name; statuses; placed between two instants; total between two amounts), newest first
 * unless `sort` says otherwise.
 */
export function listOrders(query: OrderListQuery, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/orders', {
      params: { query: { limit: pageSize, ...query, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export type OrderPage = Awaited<ReturnType<typeof listOrders>>;
export type OrderSummary = OrderPage['items'][number];

export function orderListQueryOptions(query: OrderListQuery) {
  return cursorListQueryOptions(orderKeys.list(query), (cursor, signal) => listOrders(query, cursor, signal));
}

export function useOrderList(query: OrderListQuery) {
  return useInfiniteQuery(orderListQueryOptions(query));
}
