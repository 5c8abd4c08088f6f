import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { webhookKeys } from './webhook-keys';

export type NewWebhook = RequestBody<'/admin/webhooks', 'post'>;

/**
 * `POST /admin/webhooks` (permission `integrations:manage`): creates an endpoint. The answer holds the signing
 * secret, which the API never returns again. 400 with field errors; 422 `webhook_url_not_allowed` (on `url`)
 * for a URL that is not http(s) or points to a private network.
 */
export function createWebhook(endpoint: NewWebhook) {
  return unwrap(api.POST('/admin/webhooks', { body: endpoint }));
}

export function createWebhookMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.create(),
    mutationFn: createWebhook,
    // Only the list is refreshed: the secret stays with the screen that shows it once, never in the cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
    // Forget the answer (and its secret) as soon as nobody shows it.
    gcTime: 0,
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation(createWebhookMutationOptions(queryClient));
}
