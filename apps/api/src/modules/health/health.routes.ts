import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { problemSchema } from '../../shared/problem';

const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health/live',
    {
      logLevel: 'warn',
      schema: {
        operationId: 'healthLive',
        summary: 'Liveness: the process answers',
        description:
          'Answers `{"status":"ok"}` while the process runs, without touching the database. No ' +
          'authentication.',
        tags: ['Health'],
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      logLevel: 'warn',
      schema: {
        operationId: 'healthReady',
        summary: 'Readiness: the database answers',
        description:
          'Runs `select 1` on the database: `{"status":"ok"}` when it answers, else 503 ' +
          '`service_unavailable`. No authentication.',
        tags: ['Health'],
        response: { 200: healthSchema, 503: problemSchema },
      },
    },
    async (request) => {
      try {
        await app.db.execute(sql`select 1`);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        throw new AppError('service_unavailable', 'The database is not reachable.');
      }
      return { status: 'ok' as const };
    },
  );
};
