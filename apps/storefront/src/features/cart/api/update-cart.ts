import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCart } from '../cart-context';
import { storeCart } from './cart-cache';
import { cartKeys } from './cart-keys';
import type { Cart, CartUpdate } from './cart-types';

export interface CartChange {
  cartId: string;
  update: CartUpdate;
}

/**
 * `PATCH /store/carts/:id`: contact email, shipping and billing addresses, shipping method. 400
 * `validation_failed` with field errors (e.g. `shippingAddress.postalCode`, or `shippingMethodId` when the
 * method does not ship to the address).
 */
export async function updateCart({ cartId, update }: CartChange): Promise<Cart> {
  return unwrap(api.PATCH('/store/carts/{id}', { params: { path: { id: cartId } }, body: update }));
}

export function updateCartMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: cartKeys.mutation('update'),
    mutationFn: updateCart,
    onSuccess: (cart) => storeCart(queryClient, cart),
  });
}

/** Saves checkout details on the cart. */
export function useUpdateCart() {
  const queryClient = useQueryClient();
  const { handleCartError } = useCart();
  return useMutation({ ...updateCartMutationOptions(queryClient), onError: handleCartError });
}
