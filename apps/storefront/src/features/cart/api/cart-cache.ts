import type { QueryClient } from '@tanstack/react-query';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

/**
 * Puts a cart answered by the API in the cache (every cart mutation answers the whole cart), and marks its
 * shipping options stale: their prices depend on the address, the lines and the discounts.
 */
export function storeCart(queryClient: QueryClient, cart: Cart): void {
  queryClient.setQueryData(cartKeys.detail(cart.id), cart);
  void queryClient.invalidateQueries({ queryKey: cartKeys.shippingOptions(cart.id) });
}
