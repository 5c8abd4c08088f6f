import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { encodeCursor } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { getStoreSettings } from '../settings';
import { categoryIdByHandle } from './categories.service';
import { searchProducts } from './products.search';

const money = z.object({ amount: z.number().int(), currency: z.string() });
const productCardSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    price: z.object({ min: money, max: money }),
    inStock: z.boolean(),
  })
  .meta({ id: 'ProductCard' });
const productListSchema = z
  .object({ items: z.array(productCardSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'ProductList' });

const price = z.coerce.number().int().min(0).max(100_000_000);
const listQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Words (stemmed, typo-tolerant) or an exact SKU.' }),
  category: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'Category handle; includes its sub-categories.' }),
  minPrice: price.optional().meta({ description: 'Minor units.' }),
  maxPrice: price.optional(),
  inStock: z.enum(['true', 'false']).optional(),
  sort: z.enum(['relevance', 'newest', 'price_asc', 'price_desc']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(40).optional(),
});

function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(String(offset)) !== cursor) {
    throw new AppError('validation_failed', 'The cursor is invalid.', [
      { path: 'query.cursor', message: 'Invalid cursor.' },
    ]);
  }
  return offset;
}

export const storeProductRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/store/products',
    {
      schema: {
        operationId: 'storeListProducts',
        summary: 'Search and browse active products',
        description: 'Full-text with stemming, one-typo tolerance on titles, exact SKU; filters combine.',
        tags: ['Store: catalog'],
        querystring: listQuery,
        response: { 200: productListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const query = request.query;
      const offset = offsetOf(query.cursor);
      const [{ currency }, categoryId] = await Promise.all([
        getStoreSettings(app.db),
        query.category ? categoryIdByHandle(app.db, query.category) : Promise.resolve(undefined),
      ]);
      const filters = {
        q: query.q,
        categoryId,
        minPrice: query.minPrice,
        maxPrice: query.maxPrice,
        inStock: query.inStock === undefined ? undefined : query.inStock === 'true',
        sort: query.sort,
      };
      const rows = await searchProducts(app.db, { ...filters, limit: query.limit, offset });
      const page = rows.slice(0, query.limit);
      // Past the last page the window count has no row to ride on: count with a one-row query.
      const total =
        rows[0]?.total ??
        (offset > 0
          ? ((await searchProducts(app.db, { ...filters, limit: 1, offset: 0 }))[0]?.total ?? 0)
          : 0);
      return {
        items: page.map((row) => ({
          id: row.id,
          handle: row.handle,
          title: row.title,
          price: { min: { amount: row.minPrice, currency }, max: { amount: row.maxPrice, currency } },
          inStock: row.inStock,
        })),
        total,
        nextCursor: rows.length > query.limit ? encodeCursor(String(offset + query.limit)) : null,
      };
    },
  );
};
