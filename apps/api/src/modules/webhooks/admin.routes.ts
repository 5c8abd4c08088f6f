import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { webhookEventDescriptions, webhookEventTypes } from './event-types';
import {
  createdWebhookEndpointSchema,
  deliveryListQuerySchema,
  newWebhookEndpointSchema,
  rotatedWebhookSecretSchema,
  webhookDeliveryDetailSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookEndpointUpdateSchema,
  webhookEventTypeListSchema,
  webhookPingSchema,
} from './webhooks.schemas';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookDelivery,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  pingWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type WebhookSettings,
} from './webhooks.service';

const tags = ['Admin: webhooks'];
const security = adminSecurity;
const config = { permission: 'integrations:manage' } as const;
const params = z.object({ id: z.string().min(1).max(64) });
const deliveryParams = z.object({ deliveryId: z.string().min(1).max(64) });
const eventTypes = {
  items: webhookEventTypes.map((type) => ({ type, description: webhookEventDescriptions[type] })),
};

/** Webhook endpoints, their secrets and deliveries (`integrations:manage`). */
export const webhookRoutes: FastifyPluginAsyncZod<WebhookSettings> = async (app, settings) => {
  app.get(
    '/admin/webhooks',
    {
      config,
      schema: {
        operationId: 'adminListWebhooks',
        summary: 'Webhook endpoints',
        description:
          'Every webhook endpoint, newest first: URL, subscribed event types, whether it is active, a hint ' +
          'of its signing secret and the outcome of its latest delivery. The secret itself is only shown ' +
          'when the endpoint is created or its secret rotated.',
        tags,
        security,
        response: { 200: webhookEndpointListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: await listWebhookEndpoints(app.db) }),
  );

  app.get(
    '/admin/webhooks/event-types',
    {
      config,
      schema: {
        operationId: 'adminListWebhookEventTypes',
        summary: 'The event types endpoints can receive',
        description:
          '`webhook.ping` is the test event sent by the ping operation; it cannot be subscribed to.',
        tags,
        security,
        response: { 200: webhookEventTypeListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => eventTypes,
  );

  app.post(
    '/admin/webhooks',
    {
      config,
      schema: {
        operationId: 'adminCreateWebhook',
        summary: 'Create a webhook endpoint',
        description:
          'The signing secret is in this response only. Deliveries are POSTed with the headers ' +
          '`comptoir-webhook-id`, `comptoir-webhook-timestamp` (unix seconds) and `comptoir-webhook-signature: ' +
          'v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`. A URL that is not http(s) or points to a ' +
          'private, loopback, link-local, unique-local, multicast or unspecified address (directly or after DNS ' +
          'resolution) is refused with 422 `webhook_url_not_allowed`, unless the server allows private networks.',
        tags,
        security,
        body: newWebhookEndpointSchema,
        response: { 201: createdWebhookEndpointSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWebhookEndpoint(app.db, settings, request.body)),
  );

  app.get(
    '/admin/webhooks/:id',
    {
      config,
      schema: {
        operationId: 'adminGetWebhook',
        summary: 'A webhook endpoint',
        description:
          'One endpoint with its subscribed event types, the hint of its signing secret, the `version` to ' +
          'send back when changing it and its latest delivery. 404 for an unknown endpoint.',
        tags,
        security,
        params,
        response: { 200: webhookEndpointSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getWebhookEndpoint(app.db, request.params.id),
  );

  app.patch(
    '/admin/webhooks/:id',
    {
      config,
      schema: {
        operationId: 'adminUpdateWebhook',
        summary: 'Change a webhook endpoint',
        description: 'Send the `version` you read; a stale one is refused with 409 `version_conflict`.',
        tags,
        security,
        params,
        body: webhookEndpointUpdateSchema,
        response: { 200: webhookEndpointSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const before = await getWebhookEndpoint(app.db, request.params.id);
      const after = await updateWebhookEndpoint(app.db, settings, request.params.id, request.body);
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.delete(
    '/admin/webhooks/:id',
    {
      config,
      schema: {
        operationId: 'adminDeleteWebhook',
        summary: 'Delete a webhook endpoint',
        description: 'Its deliveries are deleted with it; pending ones are not sent.',
        tags,
        security,
        params,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWebhookEndpoint(app.db, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/admin/webhooks/:id/rotate-secret',
    {
      config,
      schema: {
        operationId: 'adminRotateWebhookSecret',
        summary: 'Give a webhook endpoint a new signing secret',
        description:
          'The new secret is in this response only. For 24 h deliveries carry two signatures, ' +
          '`v1=<new>, v1=<previous>`, so the receiver can switch secrets without losing events.',
        tags,
        security,
        params,
        response: { 200: rotatedWebhookSecretSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => rotateWebhookSecret(app.db, settings, request.params.id),
  );

  app.post(
    '/admin/webhooks/:id/ping',
    {
      config,
      schema: {
        operationId: 'adminPingWebhook',
        summary: 'Send a test event to a webhook endpoint',
        description: 'Queues a `webhook.ping` event to this endpoint only; follow it with the delivery id.',
        tags,
        security,
        params,
        response: { 202: webhookPingSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await pingWebhookEndpoint(app.db, request.params.id)),
  );

  app.get(
    '/admin/webhooks/:id/deliveries',
    {
      config,
      schema: {
        operationId: 'adminListWebhookDeliveries',
        summary: "A webhook endpoint's deliveries, newest first",
        description:
          'Cursor-paginated, optionally filtered by `status` (`pending`, `succeeded` or `failed`). 404 for ' +
          'an unknown endpoint.',
        tags,
        security,
        params,
        querystring: deliveryListQuerySchema,
        response: { 200: webhookDeliveryListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listWebhookDeliveries(app.db, request.params.id, request.query),
  );

  app.get(
    '/admin/webhooks/deliveries/:deliveryId',
    {
      config,
      schema: {
        operationId: 'adminGetWebhookDelivery',
        summary: 'A webhook delivery with its attempts',
        description:
          "The delivery's event, status and counts with the log of every attempt (time, HTTP status, " +
          'error), including those of earlier redeliveries. 404 for an unknown delivery.',
        tags,
        security,
        params: deliveryParams,
        response: { 200: webhookDeliveryDetailSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getWebhookDelivery(app.db, request.params.deliveryId),
  );

  app.post(
    '/admin/webhooks/deliveries/:deliveryId/redeliver',
    {
      config,
      schema: {
        operationId: 'adminRedeliverWebhook',
        summary: 'Deliver an event again',
        description:
          'Starts a new attempt cycle of the same event (same event id) to the same endpoint, with 24 h of ' +
          'retries; earlier attempts stay in the log.',
        tags,
        security,
        params: deliveryParams,
        response: { 202: webhookDeliverySchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await redeliverWebhook(app.db, request.params.deliveryId)),
  );
};
