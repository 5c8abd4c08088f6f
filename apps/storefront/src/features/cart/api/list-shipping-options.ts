import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cartKeys } from './cart-keys';
import type { ShippingOption } from './cart-types';

/**
 * `GET /store/carts/:id/shipping-options`: the methods that ship the cart to its shipping address, with their
 * price for this cart; empty without an address or when nobody ships there.
 */
export async function listShippingOptions(cartId: string, signal?: AbortSignal): Promise<ShippingOption[]> {
  const { items } = await unwrap(
    api.GET('/store/carts/{id}/shipping-options', { params: { path: { id: cartId } }, signal }),
  );
  return items;
}

export function shippingOptionsQueryOptions(cartId: string) {
  return queryOptions({
    queryKey: cartKeys.shippingOptions(cartId),
    queryFn: ({ signal }) => listShippingOptions(cartId, signal),
  });
}

/** The cart's shipping options; only asked once the cart has a shipping address (`enabled`). */
export function useShippingOptions(cartId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...shippingOptionsQueryOptions(cartId), enabled });
}
