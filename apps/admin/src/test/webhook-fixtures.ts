/** Webhook answers of the fake API, shaped as the Admin webhooks contract says. */
import type { components } from '@comptoir/sdk';

type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
type WebhookDelivery = components['schemas']['WebhookDelivery'];
type WebhookDeliveryDetail = components['schemas']['WebhookDeliveryDetail'];

/** The ERP's endpoint: two order events, active, its last delivery a success. */
export function webhookEndpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: 'whk_1',
    url: 'https://erp.example.com/hooks/comptoir',
    description: 'ERP order import',
    events: ['order.created', 'order.paid'],
    active: true,
    secretHint: 'whsec_…a1b2',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    version: 1,
    lastDelivery: { status: 'succeeded', at: '2026-11-23T10:00:00.000Z' },
    ...overrides,
  };
}

/** `GET /admin/webhooks/event-types`: a few of each group, and the ping (not subscribable). */
export const webhookEventTypes = {
  items: [
    { type: 'order.created', description: 'An order was placed at checkout.' },
    { type: 'order.paid', description: 'An order’s payment was captured.' },
    { type: 'order.cancelled', description: 'An order was cancelled.' },
    { type: 'product.updated', description: 'A product changed.' },
    { type: 'inventory.low', description: 'Stock fell to its low-stock threshold.' },
    { type: 'customer.created', description: 'A customer registered an account.' },
    { type: 'return.requested', description: 'A customer asked to return items.' },
    { type: 'webhook.ping', description: 'A test event sent from the back-office (not subscribable).' },
  ],
} satisfies components['schemas']['WebhookEventTypeList'];

/** A delivery of `order.created` that failed twice and waits for its next attempt. */
export function webhookDelivery(overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id: 'whd_1',
    endpointId: 'whk_1',
    eventId: 'evt_1',
    eventType: 'order.created',
    status: 'pending',
    attempts: 2,
    nextAttemptAt: '2026-11-23T10:04:00.000Z',
    lastStatusCode: 503,
    lastError: 'HTTP 503',
    lastDurationMs: 120,
    createdAt: '2026-11-23T10:00:00.000Z',
    deliveredAt: null,
    ...overrides,
  };
}

export function webhookDeliveryDetail(overrides: Partial<WebhookDeliveryDetail> = {}): WebhookDeliveryDetail {
  return {
    ...webhookDelivery(),
    attemptLog: [
      { at: '2026-11-23T10:00:00.000Z', statusCode: 503, durationMs: 95, error: 'HTTP 503' },
      { at: '2026-11-23T10:01:00.000Z', statusCode: null, durationMs: 10000, error: 'Timed out after 10 s' },
    ],
    ...overrides,
  };
}
