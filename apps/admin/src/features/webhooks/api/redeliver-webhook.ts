import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/**
 * `POST /admin/webhooks/deliveries/:deliveryId/redeliver` (permission `integrations:manage`, 202): a new attempt
 * cycle of the same event to the same endpoint; earlier attempts stay in the log.
 */
export function redeliverWebhook(deliveryId: string) {
  return unwrap(
    api.POST('/admin/webhooks/deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId } } }),
  );
}

export function redeliverWebhookMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.redeliver(),
    mutationFn: redeliverWebhook,
    onSuccess: async (delivery, deliveryId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: webhookKeys.delivery(deliveryId) }),
        queryClient.invalidateQueries({ queryKey: webhookKeys.delivery(delivery.id) }),
        queryClient.invalidateQueries({ queryKey: webhookKeys.deliveryLists(delivery.endpointId) }),
      ]);
    },
  });
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation(redeliverWebhookMutationOptions(queryClient));
}
