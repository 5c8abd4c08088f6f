import { ApiError, unwrap } from '@comptoir/sdk';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api } from '../../../lib/api-client';
import { cartKeys } from './cart-keys';
import type { CheckoutPayment, PlacedOrder } from './cart-types';

export interface CheckoutAttempt {
  cartId: string;
  payment: CheckoutPayment;
  /** The shopper ticked "I accept the terms"; required by stores that ask for it (else 400 on `acceptTerms`). */
  acceptTerms: boolean;
  /** One per attempt: the same key only to retry after a network failure or a 5xx. */
  idempotencyKey: string;
}

/**
 * `POST /store/carts/:id/checkout` (201): places the order and takes the payment. 402 `payment_declined` /
 * `insufficient_funds` (cart and stock untouched); 409 `insufficient_stock`, `checkout_incomplete` (errors
 * name what is missing), `discount_not_applicable`, `cart_completed`; 400 card field errors
 * (`payment.card.number`…) and, when the store asks for the terms to be accepted and they were not, 400
 * `validation_failed` on `acceptTerms`.
 */
export async function checkoutCart({
  cartId,
  payment,
  acceptTerms,
  idempotencyKey,
}: CheckoutAttempt): Promise<PlacedOrder> {
  return unwrap(
    api.POST('/store/carts/{id}/checkout', {
      params: { path: { id: cartId }, header: { 'idempotency-key': idempotencyKey } },
      body: { payment, acceptTerms },
    }),
  );
}

/** Whether the same attempt may be sent again with its key: the first one may or may not have gone through. */
function isRetryableFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  // 409 `idempotency_in_progress`: the first attempt is still running; asking again with its key gets its answer.
  return error.status === 0 || error.status >= 500 || error.code === 'idempotency_in_progress';
}

/**
 * Places the order. Each attempt gets a new `Idempotency-Key`, except a retry of the very same attempt after a
 * network failure or a 5xx: that one reuses its key, so an order the API did place is answered again rather
 * than placed twice. After a decline (402) or a conflict (409) the next attempt is new, with a new key.
 */
export function useCheckoutCart() {
  const lastAttempt = useRef<{ key: string; body: string } | null>(null);
  const mutation = useMutation({
    mutationKey: cartKeys.mutation('checkout'),
    mutationFn: checkoutCart,
    onError: (error, attempt) => {
      if (!isRetryableFailure(error) && lastAttempt.current?.key === attempt.idempotencyKey) {
        lastAttempt.current = null;
      }
    },
    onSuccess: () => {
      lastAttempt.current = null;
    },
  });
  const { mutate } = mutation;

  const placeOrder = useCallback(
    (
      { cartId, payment, acceptTerms }: Omit<CheckoutAttempt, 'idempotencyKey'>,
      options?: { onSuccess?: (order: PlacedOrder) => void; onError?: (error: Error) => void },
    ) => {
      const body = JSON.stringify({ cartId, payment, acceptTerms });
      const previous = lastAttempt.current;
      const key = previous && previous.body === body ? previous.key : crypto.randomUUID();
      lastAttempt.current = { key, body };
      mutate({ cartId, payment, acceptTerms, idempotencyKey: key }, options);
    },
    [mutate],
  );
  return { ...mutation, placeOrder };
}
