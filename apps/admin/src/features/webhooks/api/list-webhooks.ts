import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** `GET /admin/webhooks` (permission `integrations:manage`): every endpoint, with its last delivery; never secrets. */
export function listWebhooks(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/webhooks', { signal }));
}

export type WebhookEndpoint = Awaited<ReturnType<typeof listWebhooks>>['items'][number];
/** An event type an endpoint can subscribe to (`webhook.ping` is sent on demand only). */
export type SubscribableEventType = WebhookEndpoint['events'][number];

export function webhookListQueryOptions() {
  return queryOptions({
    queryKey: webhookKeys.lists(),
    queryFn: ({ signal }) => listWebhooks(signal),
  });
}

export function useWebhookList() {
  return useQuery(webhookListQueryOptions());
}
