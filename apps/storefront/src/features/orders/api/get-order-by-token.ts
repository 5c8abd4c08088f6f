import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';
import type { Order } from './order-types';

/**
 * `GET /store/orders/:number?token=`: an order opened with the token of its confirmation (the checkout answer
 * and the confirmation email carry it), with or without an account; 404 for a wrong token.
 */
export async function getOrderByToken(number: number, token: string, signal?: AbortSignal): Promise<Order> {
  return unwrap(
    api.GET('/store/orders/{number}', { params: { path: { number }, query: { token } }, signal }),
  );
}

export function orderByTokenQueryOptions(number: number, token: string) {
  return queryOptions({
    queryKey: orderKeys.byToken(number, token),
    queryFn: ({ signal }) => getOrderByToken(number, token, signal),
  });
}

export function useOrderByToken(
  number: number,
  token: string,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...orderByTokenQueryOptions(number, token), enabled });
}
