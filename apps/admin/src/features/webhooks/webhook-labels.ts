import type { WebhookEventTypeInfo } from './api/list-webhook-event-types';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

/** The test event: sent on demand to one endpoint, never subscribed to. */
export const pingEventType = 'webhook.ping';

/** The groups of the event picker, in this order; an event of another prefix goes to a group of its own after. */
const eventGroupLabels: Record<string, string> = {
  order: 'Orders',
  product: 'Products',
  inventory: 'Inventory',
  customer: 'Customers',
  return: 'Returns',
};

export interface EventGroup {
  /** The prefix before the dot, e.g. `order`. */
  prefix: string;
  label: string;
  events: WebhookEventTypeInfo[];
}

/** The subscribable event types grouped by prefix (orders, products, inventory, customers, returns). */
export function groupEventTypes(items: readonly WebhookEventTypeInfo[]): EventGroup[] {
  const groups = new Map<string, EventGroup>(
    Object.entries(eventGroupLabels).map(([prefix, label]) => [prefix, { prefix, label, events: [] }]),
  );
  for (const item of items) {
    if (item.type === pingEventType) continue;
    const prefix = item.type.split('.')[0] ?? item.type;
    let group = groups.get(prefix);
    if (!group) {
      group = { prefix, label: prefix.charAt(0).toUpperCase() + prefix.slice(1), events: [] };
      groups.set(prefix, group);
    }
    group.events.push(item);
  }
  return [...groups.values()].filter((group) => group.events.length > 0);
}

/** What to call an endpoint: its description, else the host it sends to. */
export function endpointName(endpoint: { url: string; description: string | null }): string {
  if (endpoint.description) return endpoint.description;
  try {
    return new URL(endpoint.url).host;
  } catch {
    return endpoint.url;
  }
}

/** "1 event", "4 events". */
export function eventCount(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}

/** "85 ms", "1.2 s"; a dash when unknown. */
export function formatDuration(milliseconds: number | null): string {
  if (milliseconds === null) return '—';
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
