import { z } from 'zod';
import { listQueryFields } from '../../shared/pagination';
import { subscribableEventTypes, webhookEventTypes } from './event-types';
import { deliveryStatuses } from './webhooks.tables';

// ——— Request bodies (module-level constants: their `meta({ id })` names the OpenAPI components) ———

// The URL is checked by the SSRF guard (422 `webhook_url_not_allowed`), not here, so that a non-http(s) URL
// gets the contract's 422 with the reason rather than a schema error.
const url = z
  .string()
  .trim()
  .min(1, 'Enter the URL of your endpoint.')
  .max(2048, 'Use 2048 characters or fewer.')
  .meta({
    description: 'An http(s) URL on a public address (private networks only when the store allows it).',
  });
const description = z.string().trim().max(500, 'Use 500 characters or fewer.');
const events = z
  .array(z.enum(subscribableEventTypes))
  .min(1, 'Choose at least one event.')
  .max(subscribableEventTypes.length)
  .meta({ description: 'Event types to receive (`webhook.ping` is sent on demand, not subscribed to).' });

export const newWebhookEndpointSchema = z
  .strictObject({
    url,
    description: description.nullable().optional(),
    events,
    active: z.boolean().default(true),
  })
  .meta({
    id: 'NewWebhookEndpoint',
    examples: [
      {
        url: 'https://erp.example.com/webhooks/comptoir',
        description: 'ERP order import',
        events: ['order.created', 'order.paid', 'order.refunded'],
        active: true,
      },
    ],
  });
export type NewWebhookEndpoint = z.infer<typeof newWebhookEndpointSchema>;

export const webhookEndpointUpdateSchema = z
  .strictObject({
    version: z.number().int().min(1).meta({ description: 'The version you read; a stale one is 409.' }),
    url: url.optional(),
    description: description.nullable().optional(),
    events: events.optional(),
    active: z.boolean().optional(),
  })
  .meta({
    id: 'WebhookEndpointUpdate',
    examples: [{ version: 2, events: ['order.paid', 'order.refunded'], active: true }],
  });
export type WebhookEndpointUpdate = z.infer<typeof webhookEndpointUpdateSchema>;

export const deliveryListQuerySchema = z.object({
  status: z.enum(deliveryStatuses).optional(),
  ...listQueryFields,
});

// ——— Responses ———

export const deliveryStatusSchema = z.enum(deliveryStatuses).meta({
  id: 'WebhookDeliveryStatus',
  description: 'pending: waiting for its next attempt; succeeded: a 2xx answer; failed: gave up after 24 h.',
});

export const webhookEndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.enum(subscribableEventTypes)),
    active: z.boolean(),
    secretHint: z.string().meta({ description: '`whsec_…` and the last 4 characters; never the secret.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
    lastDelivery: z.object({ status: deliveryStatusSchema, at: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

export const createdWebhookEndpointSchema = webhookEndpointSchema
  .extend({
    secret: z.string().meta({
      description: 'The signing secret (`whsec_…`), shown in this response only: store it now.',
    }),
  })
  .meta({ id: 'CreatedWebhookEndpoint' });

export const webhookEndpointListSchema = z
  .object({ items: z.array(webhookEndpointSchema) })
  .meta({ id: 'WebhookEndpointList' });

export const rotatedWebhookSecretSchema = z
  .object({
    secret: z.string().meta({ description: 'The new signing secret, shown in this response only.' }),
    previousSecretExpiresAt: z.iso.datetime().meta({
      description: 'Until then deliveries carry a second signature made with the previous secret.',
    }),
  })
  .meta({ id: 'RotatedWebhookSecret' });

export const webhookPingSchema = z.object({ deliveryId: z.string() }).meta({ id: 'WebhookPing' });

export const webhookDeliverySchema = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    eventId: z.string(),
    eventType: z.enum(webhookEventTypes),
    status: deliveryStatusSchema,
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryAttemptSchema = z
  .object({
    at: z.iso.datetime(),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable().meta({ description: 'What went wrong; at most 500 characters.' }),
  })
  .meta({ id: 'WebhookDeliveryAttempt' });

export const webhookDeliveryDetailSchema = webhookDeliverySchema
  .extend({ attemptLog: z.array(webhookDeliveryAttemptSchema) })
  .meta({ id: 'WebhookDeliveryDetail' });
export type WebhookDeliveryDetail = z.infer<typeof webhookDeliveryDetailSchema>;

export const webhookDeliveryListSchema = z
  .object({ items: z.array(webhookDeliverySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'WebhookDeliveryList' });

export const webhookEventTypeListSchema = z
  .object({
    items: z.array(
      z.object({
        type: z.enum(webhookEventTypes),
        description: z.string(),
      }),
    ),
  })
  .meta({ id: 'WebhookEventTypeList' });
