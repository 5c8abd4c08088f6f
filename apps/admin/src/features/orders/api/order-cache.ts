import { ApiError } from '@comptoir/sdk';
import type { QueryClient } from '@tanstack/react-query';
import type { Order } from './get-order';
import { orderKeys } from './order-keys';

/** After an action: the answer is the order's new state, shown at once; the lists refresh their badges. */
export async function storeUpdatedOrder(queryClient: QueryClient, order: Order): Promise<void> {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  await queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
}

/**
 * After a refused action: a 409 means the order moved on (someone else captured or cancelled it), so its page
 * reloads to offer only what is allowed now.
 */
export async function refreshAfterConflict(queryClient: QueryClient, error: unknown, id: string) {
  if (error instanceof ApiError && error.status === 409) {
    await queryClient.invalidateQueries({ queryKey: orderKeys.detail(id) });
    await queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  }
}

/**
 * The `Idempotency-Key` header of an action: one new key per click, so a request sent again (a network retry)
 * never captures, cancels or adds a note twice.
 */
export function idempotencyHeader(idempotencyKey: string) {
  return { 'idempotency-key': idempotencyKey };
}
