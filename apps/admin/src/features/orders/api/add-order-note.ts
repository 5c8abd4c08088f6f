import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export interface AddOrderNote {
  id: string;
  /** 1–2000 characters; only staff ever see it. */
  text: string;
  /** A new one per click (`crypto.randomUUID()`): a retried request never adds the note twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/notes` (permission `orders:write`): adds an internal note to the order's timeline
 * (never shown to the customer). 400 field errors (`text`).
 */
export function addOrderNote({ id, text, idempotencyKey }: AddOrderNote) {
  return unwrap(
    api.POST('/admin/orders/{id}/notes', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: { text },
    }),
  );
}

export function addOrderNoteMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('note'),
    mutationFn: addOrderNote,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
  });
}

export function useAddOrderNote() {
  const queryClient = useQueryClient();
  return useMutation(addOrderNoteMutationOptions(queryClient));
}
