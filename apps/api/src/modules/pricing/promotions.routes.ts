import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  newPromotionSchema,
  promotionListQuerySchema,
  promotionSchema,
  promotionUpdateSchema,
} from './pricing.schemas';
import {
  createPromotion,
  deletePromotion,
  getPromotion,
  listPromotions,
  updatePromotion,
} from './promotions.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['Admin: promotions'];
const security = adminSecurity;
const config = { permission: 'promotions:write' } as const;

/** Promotions and discount codes (`promotions:write`, also to read them: they are the marketer's tool). */
export const promotionRoutes: FastifyPluginAsyncZod = async (app) => {
  const currency = async () => (await getStoreSettings(app.db)).currency;

  app.get(
    '/admin/promotions',
    {
      config,
      schema: {
        operationId: 'adminListPromotions',
        summary: 'Promotions, newest first',
        description:
          'Discount codes and automatic promotions (no `code`), cursor-paginated with a `total`. `q` ' +
          'matches part of the name or code; `status` is computed now: `active` (running), `scheduled` ' +
          '(starts later), `expired` (ended) or `inactive` (switched off or used up).',
        tags,
        security,
        querystring: promotionListQuerySchema,
        response: {
          200: pageSchema(promotionSchema, 'PromotionList'),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listPromotions(app.db, request.query, await currency()),
  );

  app.post(
    '/admin/promotions',
    {
      config,
      schema: {
        operationId: 'adminCreatePromotion',
        summary: 'Create a promotion',
        description:
          'With a `code`, customers type it in the cart (case-insensitive); without, it applies by itself ' +
          'whenever its conditions hold. Amounts are integer minor units; percentages are basis points.',
        tags,
        security,
        body: newPromotionSchema,
        response: { 201: promotionSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPromotion(app.db, request.body, await currency())),
  );

  app.get(
    '/admin/promotions/:id',
    {
      config,
      schema: {
        operationId: 'adminGetPromotion',
        summary: 'A promotion with its usage',
        description:
          "The promotion's rules (kind, value, conditions, dates, limits, combinability), its `usageCount` " +
          'against `usageLimit` and its current `status`. 404 for an unknown promotion.',
        tags,
        security,
        params: idParams,
        response: { 200: promotionSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getPromotion(app.db, request.params.id, await currency()),
  );

  app.patch(
    '/admin/promotions/:id',
    {
      config,
      schema: {
        operationId: 'adminUpdatePromotion',
        summary: 'Change a promotion',
        description: 'Send the `version` you read: a concurrent change is 409 `version_conflict`.',
        tags,
        security,
        params: idParams,
        body: promotionUpdateSchema,
        response: { 200: promotionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updatePromotion(app.db, request.params.id, request.body, await currency()),
  );

  app.delete(
    '/admin/promotions/:id',
    {
      config,
      schema: {
        operationId: 'adminDeletePromotion',
        summary: 'Delete a promotion',
        description: 'Orders that used it keep their copy of the discount.',
        tags,
        security,
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deletePromotion(app.db, request.params.id);
      return reply.code(204).send();
    },
  );
};
