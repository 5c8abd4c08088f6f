import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshReturnAfterConflict, storeUpdatedReturn } from './return-cache';
import { returnKeys } from './return-keys';

export interface ReceiveReturn {
  id: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/returns/:id/receive` (permission `orders:write`): records that the returned items arrived
 * (approved → received). 409 `invalid_transition` in any other state.
 */
export function receiveReturn({ id, idempotencyKey }: ReceiveReturn) {
  return unwrap(
    api.POST('/admin/returns/{id}/receive', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
    }),
  );
}

export function receiveReturnMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: returnKeys.action('receive'),
    mutationFn: receiveReturn,
    onSuccess: (updated) => storeUpdatedReturn(queryClient, updated),
    onError: (error, { id }) => refreshReturnAfterConflict(queryClient, error, id),
  });
}

export function useReceiveReturn() {
  const queryClient = useQueryClient();
  return useMutation(receiveReturnMutationOptions(queryClient));
}
