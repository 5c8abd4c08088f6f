import { ApiError } from '@comptoir/sdk';
import type { QueryClient } from '@tanstack/react-query';
import type { Return } from './get-return';
import { returnKeys } from './return-keys';

/** After an action: the answer is the return's new state, shown at once; the queue refreshes its badges. */
export async function storeUpdatedReturn(queryClient: QueryClient, updated: Return): Promise<void> {
  queryClient.setQueryData(returnKeys.detail(updated.id), updated);
  await queryClient.invalidateQueries({ queryKey: returnKeys.lists() });
}

/**
 * After a refused action: a 409 means the return moved on (someone else approved or refused it), so its page
 * reloads to offer only what is allowed now.
 */
export async function refreshReturnAfterConflict(queryClient: QueryClient, error: unknown, id: string) {
  if (error instanceof ApiError && error.status === 409) {
    await queryClient.invalidateQueries({ queryKey: returnKeys.detail(id) });
    await queryClient.invalidateQueries({ queryKey: returnKeys.lists() });
  }
}

/** The `Idempotency-Key` header of an action: one new key per click, so a retried request never acts twice. */
export function idempotencyHeader(idempotencyKey: string) {
  return { 'idempotency-key': idempotencyKey };
}
