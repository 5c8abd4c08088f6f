import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { webhookKeys } from './webhook-keys';

export type DeliveryStatusFilter = '' | 'pending' | 'succeeded' | 'failed';

export interface DeliveryListFilters {
  /** Empty for every delivery. */
  status: DeliveryStatusFilter;
}

const pageSize = 25;

/** `GET /admin/webhooks/:id/deliveries` (permission `integrations:manage`): one page of deliveries, newest first. */
export function listWebhookDeliveries(
  endpointId: string,
  filters: DeliveryListFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/admin/webhooks/{id}/deliveries', {
      params: { path: { id: endpointId }, query: cursorPageQuery(pageSize, filters, cursor) },
      signal,
    }),
  );
}

export type WebhookDelivery = Awaited<ReturnType<typeof listWebhookDeliveries>>['items'][number];

export function webhookDeliveriesQueryOptions(endpointId: string, filters: DeliveryListFilters) {
  return cursorListQueryOptions(webhookKeys.deliveries(endpointId, filters), (cursor, signal) =>
    listWebhookDeliveries(endpointId, filters, cursor, signal),
  );
}

export function useWebhookDeliveries(endpointId: string, filters: DeliveryListFilters) {
  return useInfiniteQuery(webhookDeliveriesQueryOptions(endpointId, filters));
}
