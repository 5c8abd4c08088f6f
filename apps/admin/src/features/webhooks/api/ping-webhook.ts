import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/**
 * `POST /admin/webhooks/:id/ping` (permission `integrations:manage`, 202): queues a `webhook.ping` event to this
 * endpoint only; the answer names its delivery.
 */
export function pingWebhook(id: string) {
  return unwrap(api.POST('/admin/webhooks/{id}/ping', { params: { path: { id } } }));
}

export function pingWebhookMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.ping(),
    mutationFn: pingWebhook,
    onSuccess: (_ping, id) => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveryLists(id) }),
  });
}

export function usePingWebhook() {
  const queryClient = useQueryClient();
  return useMutation(pingWebhookMutationOptions(queryClient));
}
