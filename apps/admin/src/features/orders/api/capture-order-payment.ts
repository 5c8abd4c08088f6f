import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export interface CaptureOrderPayment {
  id: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/capture` (permission `orders:write`): takes the money of an authorised card payment
 * (payment → paid). 409 `invalid_transition` when there is no authorisation to capture (detail says why).
 */
export function captureOrderPayment({ id, idempotencyKey }: CaptureOrderPayment) {
  return unwrap(
    api.POST('/admin/orders/{id}/capture', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
    }),
  );
}

export function captureOrderPaymentMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('capture'),
    mutationFn: captureOrderPayment,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useCaptureOrderPayment() {
  const queryClient = useQueryClient();
  return useMutation(captureOrderPaymentMutationOptions(queryClient));
}
