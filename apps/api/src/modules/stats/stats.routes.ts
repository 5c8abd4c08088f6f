import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CsvValue, csvResponse, csvStream, moneyText, sendCsv } from '../../shared/csv';
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
  const csvFile = (name: string, range: { from: string; to: string }) =>
    `${name}-${range.from}-to-${range.to}.csv`;

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

  app.get(
    '/admin/stats/sales.csv',
    {
      config,
      schema: {
        operationId: 'adminStatsSalesCsv',
        summary: 'The sales report as CSV',
        tags,
        security: adminSecurity,
        querystring: salesSeriesQuerySchema,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const series = await getSalesSeries(app.db, request.query);
      return sendCsv(
        reply,
        csvFile(`sales-by-${series.interval}`, request.query),
        csvStream(
          ['period', 'orders', 'items_sold', 'currency', 'gross_revenue'],
          oneBatch(
            series.points.map((point) => [
              point.period,
              point.orders,
              point.itemsSold,
              point.grossRevenue.currency,
              moneyText(point.grossRevenue),
            ]),
          ),
        ),
      );
    },
  );

  app.get(
    '/admin/stats/best-sellers.csv',
    {
      config,
      schema: {
        operationId: 'adminStatsBestSellersCsv',
        summary: 'The best-sellers report as CSV',
        tags,
        security: adminSecurity,
        querystring: bestSellersQuerySchema,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const best = await getBestSellers(app.db, request.query);
      return sendCsv(
        reply,
        csvFile('best-sellers', request.query),
        csvStream(
          ['product_id', 'title', 'units', 'currency', 'revenue'],
          oneBatch(
            best.items.map((item) => [
              item.productId,
              item.title,
              item.units,
              item.revenue.currency,
              moneyText(item.revenue),
            ]),
          ),
        ),
      );
    },
  );
};

async function* oneBatch(rows: CsvValue[][]): AsyncGenerator<CsvValue[][]> {
  yield rows;
}
