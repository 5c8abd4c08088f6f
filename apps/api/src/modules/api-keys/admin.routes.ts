import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { assertCanGrant, permissions } from '../employees';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service';

const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the key, to tell keys apart.' }),
    permissions: z.array(z.enum(permissions)),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApiKey' });

const newApiKeySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a name.').max(100, 'Use 100 characters or fewer.'),
    permissions: z.array(z.enum(permissions)).min(1, 'Choose at least one permission.'),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({
    id: 'NewApiKey',
    examples: [
      {
        name: 'Synchronisation ERP',
        permissions: ['catalog:read', 'inventory:write'],
        expiresAt: '2027-06-30T23:59:59Z',
      },
    ],
  });
const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) }).meta({ id: 'ApiKeyList' });
const createdApiKeySchema = z
  .object({ apiKey: apiKeySchema, secret: z.string() })
  .meta({ id: 'CreatedApiKey' });

const tags = ['Admin: API keys'];
const security = adminSecurity;

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/api-keys',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        operationId: 'adminListApiKeys',
        summary: 'API keys',
        description:
          'Every API key, newest first, including revoked and expired ones: name, prefix, permissions, ' +
          'expiry, last use and revocation. The secret itself is never shown again after creation.',
        tags,
        security,
        response: {
          200: apiKeyListSchema,
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: await listApiKeys(app.db) }),
  );

  app.post(
    '/admin/api-keys',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        operationId: 'adminCreateApiKey',
        summary: 'Create an API key',
        description:
          'The secret is in this response only; it is stored hashed. Send it as `Authorization: Bearer <key>`. ' +
          'A key holds at most the permissions of whoever creates it.',
        tags,
        security,
        body: newApiKeySchema,
        response: {
          201: createdApiKeySchema,
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const actor = currentActor(request);
      assertCanGrant(actor.permissions, request.body.permissions);
      const created = await createApiKey(app.db, {
        name: request.body.name,
        permissions: request.body.permissions,
        expiresAt: request.body.expiresAt ? new Date(request.body.expiresAt) : undefined,
        createdBy: actor.id,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/admin/api-keys/:id',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        operationId: 'adminRevokeApiKey',
        summary: 'Revoke an API key',
        description: 'The key stops working at once.',
        tags,
        security,
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiKey(app.db, request.params.id);
      return reply.code(204).send();
    },
  );
};
