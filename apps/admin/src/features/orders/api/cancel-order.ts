import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export interface CancelOrder {
  id: string;
  /** Why (1–500 characters); kept in the timeline. */
  reason: string;
  /** Put the items back in stock. */
  restock: boolean;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/cancel` (permission `orders:write`): cancels an unfulfilled order; an authorised
 * payment is voided and a captured one refunded; the stock comes back when `restock`. 409
 * `invalid_transition` when the order is already cancelled or has shipped; 400 field errors (`reason`).
 */
export function cancelOrder({ id, reason, restock, idempotencyKey }: CancelOrder) {
  return unwrap(
    api.POST('/admin/orders/{id}/cancel', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: { reason, restock },
    }),
  );
}

export function cancelOrderMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('cancel'),
    mutationFn: cancelOrder,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation(cancelOrderMutationOptions(queryClient));
}
