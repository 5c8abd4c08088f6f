import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** `GET /admin/webhooks/:id` (permission `integrations:manage`): one endpoint; 404 when unknown. */
export function getWebhook(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/webhooks/{id}', { params: { path: { id } }, signal }));
}

export function webhookQueryOptions(id: string) {
  return queryOptions({
    queryKey: webhookKeys.detail(id),
    queryFn: ({ signal }) => getWebhook(id, signal),
    // The form edits this data: never swap it under the employee on window focus (a stale `version` is caught
    // by the API with 409 anyway).
    refetchOnWindowFocus: false,
  });
}

export function useWebhook(id: string) {
  return useQuery(webhookQueryOptions(id));
}
