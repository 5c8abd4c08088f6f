import { unwrap } from '@comptoir/sdk';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';
import type { OrderPage } from './order-types';

/** How many orders a page of the order history shows. */
export const orderPageSize = 10;

/** `GET /store/me/orders?limit&cursor` (signed in): the customer's orders, newest first. */
export async function listMyOrders(cursor: string | null, signal?: AbortSignal): Promise<OrderPage> {
  return unwrap(
    api.GET('/store/me/orders', {
      params: { query: { limit: orderPageSize, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export function myOrdersQueryOptions() {
  return infiniteQueryOptions({
    queryKey: orderKeys.myList(),
    queryFn: ({ pageParam, signal }) => listMyOrders(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The order history, one page at a time ("Show more orders" fetches the next). */
export function useMyOrders({ enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...myOrdersQueryOptions(), enabled });
}
