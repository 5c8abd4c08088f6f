import { unwrap } from '@comptoir/sdk';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

/**
 * `GET /store/carts/:id`: the cart with current prices and totals. 404 when it does not exist (any more) or
 * belongs to another customer.
 */
export async function getCart(id: string, signal?: AbortSignal): Promise<Cart> {
  return unwrap(api.GET('/store/carts/{id}', { params: { path: { id } }, signal }));
}

export function cartQueryOptions(id: string) {
  return queryOptions({
    queryKey: cartKeys.detail(id),
    queryFn: ({ signal }) => getCart(id, signal),
    // Prices and stock move: a cart shown again after a while is checked again.
    staleTime: 30_000,
  });
}
