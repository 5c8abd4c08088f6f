import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { employeeSecurity } from '../../shared/security-schemes';
import {
  newSavedViewSchema,
  savedViewListQuerySchema,
  savedViewListSchema,
  savedViewSchema,
} from './saved-views.schemas';
import { createSavedView, deleteSavedView, listSavedViews } from './saved-views.service';

const tags = ['Admin: saved views'];
// The permission of the list the views belong to (only `orders` so far).
const config = { permission: 'orders:read' } as const;

/** The signed-in employee; an API key has no views of its own (403). */
function employeeIdOf(request: FastifyRequest): string {
  const actor = currentActor(request);
  if (actor.kind !== 'employee') {
    throw new AppError('forbidden', 'Saved views belong to employees; API keys cannot use them.');
  }
  return actor.id;
}

/** An employee's saved list views (filters and sort under a name). */
export const savedViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/saved-views',
    {
      config,
      schema: {
        operationId: 'adminListSavedViews',
        summary: 'The signed-in employee’s saved views of a list, by name',
        description: 'Employees only: an API key gets 403.',
        tags,
        security: employeeSecurity,
        querystring: savedViewListQuerySchema,
        response: { 200: savedViewListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listSavedViews(app.db, employeeIdOf(request), request.query.list),
  );

  app.post(
    '/admin/saved-views',
    {
      config,
      schema: {
        operationId: 'adminCreateSavedView',
        summary: 'Save the current filters and sort of a list under a name',
        description:
          'Keeps only the list’s known query keys (not `cursor`); an invalid value is 400 on `query`. A name ' +
          'the employee already uses for the list: 409 `conflict`. Employees only: an API key gets 403.',
        tags,
        security: employeeSecurity,
        body: newSavedViewSchema,
        response: { 201: savedViewSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSavedView(app.db, employeeIdOf(request), request.body)),
  );

  app.delete(
    '/admin/saved-views/:id',
    {
      config,
      schema: {
        operationId: 'adminDeleteSavedView',
        summary: 'Delete one of the signed-in employee’s saved views',
        description: 'Someone else’s view, or an unknown id: 404.',
        tags,
        security: employeeSecurity,
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteSavedView(app.db, employeeIdOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
