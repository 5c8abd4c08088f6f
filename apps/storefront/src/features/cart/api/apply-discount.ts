import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useCart } from '../cart-context';
import { storeCart } from './cart-cache';
import { cartKeys } from './cart-keys';
import type { Cart } from './cart-types';

export interface DiscountCode {
  cartId: string;
  code: string;
}

/**
 * `POST /store/carts/:id/discounts`: applies a discount code. 404 `discount_not_found`, 422
 * `discount_not_applicable` (the detail says why: expired, minimum not reached, already used…), both with an
 * error on `code`.
 */
export async function applyDiscount({ cartId, code }: DiscountCode): Promise<Cart> {
  return unwrap(
    api.POST('/store/carts/{id}/discounts', { params: { path: { id: cartId } }, body: { code } }),
  );
}

export function applyDiscountMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: cartKeys.mutation('apply-discount'),
    mutationFn: applyDiscount,
    onSuccess: (cart) => storeCart(queryClient, cart),
  });
}

export function useApplyDiscount() {
  const queryClient = useQueryClient();
  const { handleCartError } = useCart();
  return useMutation({ ...applyDiscountMutationOptions(queryClient), onError: handleCartError });
}
