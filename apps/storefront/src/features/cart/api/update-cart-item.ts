import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCart } from '../cart-context';
import { storeCart } from './cart-cache';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

export interface CartItemChange {
  cartId: string;
  itemId: string;
  quantity: number;
}

/** `PATCH /store/carts/:id/items/:itemId`: sets a line's quantity (1–999); 409 `insufficient_stock`. */
export async function updateCartItem({ cartId, itemId, quantity }: CartItemChange): Promise<Cart> {
  return unwrap(
    api.PATCH('/store/carts/{id}/items/{itemId}', {
      params: { path: { id: cartId, itemId } },
      body: { quantity },
    }),
  );
}

export function updateCartItemMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: cartKeys.mutation('update-item'),
    mutationFn: updateCartItem,
    onSuccess: (cart) => storeCart(queryClient, cart),
  });
}

/** Changes a line's quantity. A cart checked out meanwhile is dropped; a 404 reloads the cart. */
export function useUpdateCartItem() {
  const queryClient = useQueryClient();
  const { handleCartError } = useCart();
  return useMutation({ ...updateCartItemMutationOptions(queryClient), onError: handleCartError });
}
