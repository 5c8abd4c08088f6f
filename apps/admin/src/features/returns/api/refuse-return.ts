import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshReturnAfterConflict, storeUpdatedReturn } from './return-cache';
import { returnKeys } from './return-keys';

export interface RefuseReturn {
  id: string;
  /** Why, emailed to the customer (required). */
  reason: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/returns/:id/refuse` (permission `orders:write`): refuses a requested or approved return; the
 * customer is emailed the reason. 400 field errors (`reason`); 409 `invalid_transition` once received.
 */
export function refuseReturn({ id, reason, idempotencyKey }: RefuseReturn) {
  return unwrap(
    api.POST('/admin/returns/{id}/refuse', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: { reason },
    }),
  );
}

export function refuseReturnMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: returnKeys.action('refuse'),
    mutationFn: refuseReturn,
    onSuccess: (updated) => storeUpdatedReturn(queryClient, updated),
    onError: (error, { id }) => refreshReturnAfterConflict(queryClient, error, id),
  });
}

export function useRefuseReturn() {
  const queryClient = useQueryClient();
  return useMutation(refuseReturnMutationOptions(queryClient));
}
