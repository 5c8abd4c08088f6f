import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export interface MarkShipmentDelivered {
  id: string;
  shipmentId: string;
  /** A new one per click (`crypto.randomUUID()`). */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/shipments/:shipmentId/deliver` (permission `orders:write`): records that a parcel
 * arrived. 409 `invalid_transition` when it is already delivered.
 */
export function markShipmentDelivered({ id, shipmentId, idempotencyKey }: MarkShipmentDelivered) {
  return unwrap(
    api.POST('/admin/orders/{id}/shipments/{shipmentId}/deliver', {
      params: { path: { id, shipmentId }, header: idempotencyHeader(idempotencyKey) },
    }),
  );
}

export function markShipmentDeliveredMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('deliver'),
    mutationFn: markShipmentDelivered,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useMarkShipmentDelivered() {
  const queryClient = useQueryClient();
  return useMutation(markShipmentDeliveredMutationOptions(queryClient));
}
