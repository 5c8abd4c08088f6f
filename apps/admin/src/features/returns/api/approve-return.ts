import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshReturnAfterConflict, storeUpdatedReturn } from './return-cache';
import { returnKeys } from './return-keys';

export interface ApproveReturn {
  id: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/returns/:id/approve` (permission `orders:write`): accepts a requested return; the customer is
 * emailed where to send the items (requested → approved). 409 `invalid_transition` in any other state.
 */
export function approveReturn({ id, idempotencyKey }: ApproveReturn) {
  return unwrap(
    api.POST('/admin/returns/{id}/approve', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
    }),
  );
}

export function approveReturnMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: returnKeys.action('approve'),
    mutationFn: approveReturn,
    onSuccess: (updated) => storeUpdatedReturn(queryClient, updated),
    onError: (error, { id }) => refreshReturnAfterConflict(queryClient, error, id),
  });
}

export function useApproveReturn() {
  const queryClient = useQueryClient();
  return useMutation(approveReturnMutationOptions(queryClient));
}
