import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { idempotencyHeader, refreshAfterConflict, storeUpdatedOrder } from './order-cache';
import { orderKeys } from './order-keys';

export type NewShipment = RequestBody<'/admin/orders/{id}/shipments', 'post'>;

export interface CreateShipment {
  id: string;
  shipment: NewShipment;
  /** A new one per click (`crypto.randomUUID()`): a retried request never ships the parcel twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/orders/:id/shipments` (permission `orders:write`): records a parcel leaving with some of the
 * order's units (all that is left when `items` is absent) and emails the customer unless `notifyCustomer` is
 * false. 400 field errors (`carrier`, `trackingUrl`, `items.N.quantity`); 409 `invalid_transition` when the
 * order cannot ship now.
 */
export function createShipment({ id, shipment, idempotencyKey }: CreateShipment) {
  return unwrap(
    api.POST('/admin/orders/{id}/shipments', {
      params: { path: { id }, header: idempotencyHeader(idempotencyKey) },
      body: shipment,
    }),
  );
}

export function createShipmentMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.action('ship'),
    mutationFn: createShipment,
    onSuccess: (order) => storeUpdatedOrder(queryClient, order),
    onError: (error, { id }) => refreshAfterConflict(queryClient, error, id),
  });
}

export function useCreateShipment() {
  const queryClient = useQueryClient();
  return useMutation(createShipmentMutationOptions(queryClient));
}
