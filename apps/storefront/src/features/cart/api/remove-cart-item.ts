import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCart } from '../cart-context';
import { storeCart } from './cart-cache';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

export interface CartItemRemoval {
  cartId: string;
  itemId: string;
}

/** `DELETE /store/carts/:id/items/:itemId`: removes a line and answers the cart; 404 when already gone. */
export async function removeCartItem({ cartId, itemId }: CartItemRemoval): Promise<Cart> {
  return unwrap(api.DELETE('/store/carts/{id}/items/{itemId}', { params: { path: { id: cartId, itemId } } }));
}

export function removeCartItemMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: cartKeys.mutation('remove-item'),
    mutationFn: removeCartItem,
    onSuccess: (cart) => storeCart(queryClient, cart),
  });
}

/** Removes a line. A cart checked out meanwhile is dropped; a 404 reloads the cart. */
export function useRemoveCartItem() {
  const queryClient = useQueryClient();
  const { handleCartError } = useCart();
  return useMutation({ ...removeCartItemMutationOptions(queryClient), onError: handleCartError });
}
