import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/**
 * `GET /admin/webhooks/event-types` (permission `integrations:manage`): the event types with what each means,
 * `webhook.ping` (the test event, not subscribable) included.
 */
export function listWebhookEventTypes(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/webhooks/event-types', { signal }));
}

export type WebhookEventTypeInfo = Awaited<ReturnType<typeof listWebhookEventTypes>>['items'][number];

export function webhookEventTypesQueryOptions() {
  return queryOptions({
    queryKey: webhookKeys.eventTypes(),
    queryFn: ({ signal }) => listWebhookEventTypes(signal),
    // The catalogue only changes with a new API version.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useWebhookEventTypes() {
  return useQuery(webhookEventTypesQueryOptions());
}
