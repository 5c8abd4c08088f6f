import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCart } from '../cart-context';
import type { DiscountCode } from './apply-discount';
import { storeCart } from './cart-cache';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

/** `DELETE /store/carts/:id/discounts/:code`: takes a discount code off the cart. */
export async function removeDiscount({ cartId, code }: DiscountCode): Promise<Cart> {
  return unwrap(api.DELETE('/store/carts/{id}/discounts/{code}', { params: { path: { id: cartId, code } } }));
}

export function removeDiscountMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: cartKeys.mutation('remove-discount'),
    mutationFn: removeDiscount,
    onSuccess: (cart) => storeCart(queryClient, cart),
  });
}

export function useRemoveDiscount() {
  const queryClient = useQueryClient();
  const { handleCartError } = useCart();
  return useMutation({ ...removeDiscountMutationOptions(queryClient), onError: handleCartError });
}
