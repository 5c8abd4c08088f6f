import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import {
  bestSellersQuerySchema,
  bestSellersSchema,
  salesSeriesQuerySchema,
  salesSeriesSchema,
  statsRangeQuerySchema,
  statsSummarySchema,
} from './stats.schemas';
import { getBestSellers, getSalesSeries, getStatsSummary } from './stats.service';

const tags = ['Admin: statistics'];
const config = { permission: 'stats:read' } as const;

/** Statistics for the dashboard and reports (`stats:read`), in the store's time zone and currency. */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/stats/summary',
    {
      config,
      schema: {
        operationId: 'adminStatsSummary',
        summary: 'Key figures for a range of days, with the period just before',
        description:
          'Days are the store’s (`timezone`): a sale at 23:30 local time counts on that local day. Cancelled ' +
          'orders are left out; refunds count on the day they were made.',
        tags,
        security: adminSecurity,
        querystring: statsRangeQuerySchema,
        response: { 200: statsSummarySchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => getStatsSummary(app.db, request.query),
  );

  app.get(
    '/admin/stats/sales',
    {
      config,
      schema: {
        operationId: 'adminStatsSales',
        summary: 'Orders, revenue and units per day, week or month',
        tags,
        security: adminSecurity,
        querystring: salesSeriesQuerySchema,
        response: { 200: salesSeriesSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => getSalesSeries(app.db, request.query),
  );

  app.get(
    '/admin/stats/best-sellers',
    {
      config,
      schema: {
        operationId: 'adminStatsBestSellers',
        summary: 'Best-selling products by revenue or units',
        tags,
        security: adminSecurity,
        querystring: bestSellersQuerySchema,
        response: { 200: bestSellersSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => getBestSellers(app.db, request.query),
  );
};
