import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** `GET /admin/webhooks/deliveries/:deliveryId` (permission `integrations:manage`): a delivery and its attempts. */
export function getWebhookDelivery(deliveryId: string, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/webhooks/deliveries/{deliveryId}', { params: { path: { deliveryId } }, signal }),
  );
}

export type WebhookDeliveryDetail = Awaited<ReturnType<typeof getWebhookDelivery>>;

export function webhookDeliveryQueryOptions(deliveryId: string) {
  return queryOptions({
    queryKey: webhookKeys.delivery(deliveryId),
    queryFn: ({ signal }) => getWebhookDelivery(deliveryId, signal),
  });
}

export function useWebhookDelivery(deliveryId: string) {
  return useQuery(webhookDeliveryQueryOptions(deliveryId));
}
