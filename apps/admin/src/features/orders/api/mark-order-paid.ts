import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export interface MarkOrderPaid {
  id: string;
  /** Kept in the timeline with the payment, e.g. the transfer's reference; left out when empty. */
  note?: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/mark-paid` (permission `orders:write`): records a manual payment (bank transfer)
 * as received: payment → paid, a pending order → confirmed. 409 `invalid_transition` when the order is not
 * awaiting a manual payment.
 */
export function markOrderPaid({ id, note, idempotencyKey }: MarkOrderPaid) {
  return unwrap(
    api.POST('/admin/orders/{id}/mark-paid', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: note ? { note } : {},
    }),
  );
}

export function markOrderPaidMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('mark-paid'),
    mutationFn: markOrderPaid,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useMarkOrderPaid() {
  const queryClient = useQueryClient();
  return useMutation(markOrderPaidMutationOptions(queryClient));
}
