import type { DeliveryListFilters } from './list-webhook-deliveries';

/**
 * Query keys of the webhooks feature. Changing an endpoint invalidates `lists()` (and sets its `detail`); a test
 * event or a redelivery invalidates that endpoint's `deliveryLists`.
 */
export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  eventTypes: () => [...webhookKeys.all, 'event-types'] as const,
  details: () => [...webhookKeys.all, 'detail'] as const,
  detail: (id: string) => [...webhookKeys.details(), id] as const,
  deliveryLists: (endpointId: string) => [...webhookKeys.all, 'deliveries', endpointId] as const,
  deliveries: (endpointId: string, filters: DeliveryListFilters) =>
    [...webhookKeys.deliveryLists(endpointId), filters] as const,
  delivery: (deliveryId: string) => [...webhookKeys.all, 'delivery', deliveryId] as const,
  create: () => [...webhookKeys.all, 'create'] as const,
  update: () => [...webhookKeys.all, 'update'] as const,
  delete: () => [...webhookKeys.all, 'delete'] as const,
  rotateSecret: () => [...webhookKeys.all, 'rotate-secret'] as const,
  ping: () => [...webhookKeys.all, 'ping'] as const,
  redeliver: () => [...webhookKeys.all, 'redeliver'] as const,
};
