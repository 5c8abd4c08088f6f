import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export type NewRefund = RequestBody<'/admin/orders/{id}/refunds', 'post'>;

export interface RefundOrder {
  id: string;
  refund: NewRefund;
  /** A new one per submission (`crypto.randomUUID()`): a retried request never refunds twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/refunds` (permission `orders:refund`, `Idempotency-Key` required): gives back part
 * or all of the captured payment, by lines (their paid value) and/or an `amount` in minor units; `restock`
 * puts the refunded lines back in stock. 422 `refund_too_large` with field errors (`amount`,
 * `items.N.quantity`); 400 field errors (`reason`); 409 `invalid_transition` when nothing can be refunded.
 */
export function refundOrder({ id, refund, idempotencyKey }: RefundOrder) {
  return unwrap(
    api.POST('/admin/orders/{id}/refunds', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: refund,
    }),
  );
}

export function refundOrderMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('refund'),
    mutationFn: refundOrder,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useRefundOrder() {
  const queryClient = useQueryClient();
  return useMutation(refundOrderMutationOptions(queryClient));
}
