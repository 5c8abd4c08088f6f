import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';
import type { Order } from './order-types';

/** `GET /store/me/orders/:number` (signed in): one of the customer's orders; 404 when it is not theirs. */
export async function getMyOrder(number: number, signal?: AbortSignal): Promise<Order> {
  return unwrap(api.GET('/store/me/orders/{number}', { params: { path: { number } }, signal }));
}

export function myOrderQueryOptions(number: number) {
  return queryOptions({
    queryKey: orderKeys.myOrder(number),
    queryFn: ({ signal }) => getMyOrder(number, signal),
  });
}

export function useMyOrder(number: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myOrderQueryOptions(number), enabled });
}
