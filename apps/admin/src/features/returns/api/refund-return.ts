import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshReturnAfterConflict, storeUpdatedReturn } from './return-cache';
import { returnKeys } from './return-keys';

export interface RefundReturn {
  id: string;
  /** Minor units; absent: the returned items' value (capped by what is left to refund). */
  amount?: number;
  /** Put the returned items back in stock. */
  restock: boolean;
  /** Required by the API: a new one per submission (`crypto.randomUUID()`), so a retry never refunds twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/returns/:id/refund` (permission `orders:refund`): refunds a received return (and issues the
 * credit note), restocking its items unless `restock` is false. 422 `refund_too_large` with an `amount` error
 * when more than is left; 409 `invalid_transition` when already refunded or not received.
 */
export function refundReturn({ id, amount, restock, idempotencyKey }: RefundReturn) {
  return unwrap(
    api.POST('/admin/returns/{id}/refund', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: { restock, ...(amount !== undefined ? { amount } : {}) },
    }),
  );
}

export function refundReturnMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: returnKeys.action('refund'),
    mutationFn: refundReturn,
    onSuccess: (updated) => storeUpdatedReturn(queryClient, updated),
    onError: (error, { id }) => refreshReturnAfterConflict(queryClient, error, id),
  });
}

export function useRefundReturn() {
  const queryClient = useQueryClient();
  return useMutation(refundReturnMutationOptions(queryClient));
}
