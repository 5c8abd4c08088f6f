import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type CsvValue, csvResponse, csvStream, moneyText, sendCsv } from '../../shared/csv';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import {
  bestSellersQuerySchema,
  bestSellersSchema,
  breakdownQuerySchema,
  breakdownSchema,
  discountReportSchema,
  salesSeriesQuerySchema,
  salesSeriesSchema,
  statsRangeQuerySchema,
  statsSummarySchema,
  topCustomersQuerySchema,
  topCustomersSchema,
} from './stats.schemas';
import {
  getBestSellers,
  getCategorySales,
  getCountrySales,
  getDiscountReport,
  getSalesSeries,
  getStatsSummary,
  getTopCustomers,
} from './stats.service';

const tags = ['Admin: statistics'];
const config = { permission: 'stats:read' } as const;

/**
 * A report: `GET /admin/stats/{name}` answers JSON and `GET /admin/stats/{name}.csv` the same rows as a CSV
 * download (named after the report and its days).
 */
function report<Query extends z.ZodType, Answer extends z.ZodType>(
  app: FastifyInstance,
  definition: {
    name: string;
    summary: string;
    description?: string;
    querystring: Query;
    answer: Answer;
    load: (query: z.infer<Query>) => Promise<z.infer<Answer>>;
    csv: { header: readonly string[]; rows: (answer: z.infer<Answer>) => CsvValue[][] };
  },
): void {
  // The schemas validate the query before the handler (as everywhere); parsing it again here gives the generic
  // handler its type, which the type provider cannot infer through `Query`.
  const queryOf = (request: { query: unknown }) => definition.querystring.parse(request.query);
  const operation = definition.name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  const schema = {
    summary: definition.summary,
    ...(definition.description ? { description: definition.description } : {}),
    tags,
    security: adminSecurity,
    querystring: definition.querystring,
  };
  app.get(
    `/admin/stats/${definition.name}`,
    {
      config,
      schema: {
        ...schema,
        operationId: `adminStats${operation.charAt(0).toUpperCase()}${operation.slice(1)}`,
        response: { 200: definition.answer, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => definition.load(queryOf(request)),
  );
  app.get(
    `/admin/stats/${definition.name}.csv`,
    {
      config,
      schema: {
        ...schema,
        summary: `${definition.summary} (CSV)`,
        operationId: `adminStats${operation.charAt(0).toUpperCase()}${operation.slice(1)}Csv`,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const query = queryOf(request);
      const answer = await definition.load(query);
      const range = query as { from?: unknown; to?: unknown };
      const days =
        typeof range.from === 'string' && typeof range.to === 'string' ? `-${range.from}-to-${range.to}` : '';
      return sendCsv(
        reply,
        `${definition.name}${days}.csv`,
        csvStream(definition.csv.header, oneBatch(definition.csv.rows(answer))),
      );
    },
  );
}

async function* oneBatch(rows: CsvValue[][]): AsyncGenerator<CsvValue[][]> {
  yield rows;
}

const breakdownCsv = {
  header: ['key', 'label', 'orders', 'units', 'currency', 'revenue'],
  rows: (answer: z.infer<typeof breakdownSchema>) =>
    answer.items.map((item) => [
      item.key,
      item.label,
      item.orders,
      item.units,
      item.revenue.currency,
      moneyText(item.revenue),
    ]),
};

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

  report(app, {
    name: 'sales',
    summary: 'Orders, revenue and units per day, week or month',
    description:
      'Every period from `from` to `to` is present (zero when nothing sold): days, weeks (from Monday) or ' +
      "months in the store's time zone, each with the orders placed, what they came to (taxes and shipping" +
      ' included) and the units sold. Cancelled orders are left out. 400 when `to` is before `from` or the ' +
      'range exceeds three years.',
    querystring: salesSeriesQuerySchema,
    answer: salesSeriesSchema,
    load: (query) => getSalesSeries(app.db, query),
    csv: {
      header: ['period', 'orders', 'items_sold', 'currency', 'gross_revenue'],
      rows: (answer) =>
        answer.points.map((point) => [
          point.period,
          point.orders,
          point.itemsSold,
          point.grossRevenue.currency,
          moneyText(point.grossRevenue),
        ]),
    },
  });

  report(app, {
    name: 'best-sellers',
    summary: 'Best-selling products by revenue or units',
    description:
      "Order lines placed in the range (store's time zone), cancelled orders left out, summed per product " +
      'and ranked by `by` (`revenue`, the default, or `units`); the top `limit` (1–100, default 10). A ' +
      'product deleted since keeps its title with a null `productId`.',
    querystring: bestSellersQuerySchema,
    answer: bestSellersSchema,
    load: (query) => getBestSellers(app.db, query),
    csv: {
      header: ['product_id', 'title', 'units', 'currency', 'revenue'],
      rows: (answer) =>
        answer.items.map((item) => [
          item.productId,
          item.title,
          item.units,
          item.revenue.currency,
          moneyText(item.revenue),
        ]),
    },
  });

  report(app, {
    name: 'categories',
    summary: 'Best categories by revenue',
    description: 'A product in two categories counts in both.',
    querystring: breakdownQuerySchema,
    answer: breakdownSchema,
    load: (query) => getCategorySales(app.db, query),
    csv: breakdownCsv,
  });

  report(app, {
    name: 'countries',
    summary: 'Sales by shipping country',
    description:
      "Orders placed in the range (store's time zone), cancelled ones left out, grouped by shipping " +
      'country with their count, units and what they came to, highest revenue first. 400 when `to` is ' +
      'before `from` or the range exceeds three years.',
    querystring: statsRangeQuerySchema,
    answer: breakdownSchema,
    load: (query) => getCountrySales(app.db, query),
    csv: breakdownCsv,
  });

  report(app, {
    name: 'discounts',
    summary: 'How each discount code and automatic promotion performed',
    description:
      "Each discount code and automatic promotion used on orders placed in the range (store's time zone), " +
      'cancelled orders left out: the orders using it, the discount it gave and what those orders came to, ' +
      'largest discount first. 400 when `to` is before `from` or the range exceeds three years.',
    querystring: statsRangeQuerySchema,
    answer: discountReportSchema,
    load: (query) => getDiscountReport(app.db, query),
    csv: {
      header: ['code', 'name', 'orders', 'currency', 'discount', 'revenue'],
      rows: (answer) =>
        answer.items.map((item) => [
          item.code,
          item.name,
          item.orders,
          item.revenue.currency,
          moneyText(item.discount),
          moneyText(item.revenue),
        ]),
    },
  });

  report(app, {
    name: 'top-customers',
    summary: 'Top customers by lifetime value or by number of orders (loyal customers)',
    description:
      'Registered customers ranked over all time by `by`: `value` (the default; all their orders, cancelled' +
      ' left out, refunds taken off) or `orders` (their number of orders); the top `limit` (1–100, default ' +
      '10), with their last order date. Guest orders are not counted.',
    querystring: topCustomersQuerySchema,
    answer: topCustomersSchema,
    load: (query) => getTopCustomers(app.db, query),
    csv: {
      header: ['customer_id', 'name', 'email', 'orders', 'currency', 'lifetime_value', 'last_order_at'],
      rows: (answer) =>
        answer.items.map((item) => [
          item.id,
          item.name,
          item.email,
          item.orders,
          item.lifetimeValue.currency,
          moneyText(item.lifetimeValue),
          item.lastOrderAt,
        ]),
    },
  });
};
