import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { decodeOffsetCursor, encodeCursor } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { getStoreSettings } from '../settings';
import { type CategoryNode, getCategoryTree } from './categories.service';
import { productCardSchema, toProductCards } from './product-cards.service';
import { countFacets, type FacetFilter, searchProducts } from './products.search';
import { findTypoCorrections } from './typo-correction';

const facetValueSchema = z.object({ value: z.string(), count: z.number().int(), selected: z.boolean() });
const facetsSchema = z
  .object({
    categories: z.array(z.object({ handle: z.string(), name: z.string(), count: z.number().int() })),
    options: z.array(z.object({ name: z.string(), values: z.array(facetValueSchema) })),
    features: z.array(z.object({ name: z.string(), values: z.array(facetValueSchema) })),
    priceBands: z.array(
      z.object({
        min: z.number().int(),
        max: z.number().int(),
        count: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'ProductFacets',
    description:
      'Counts of matching products. An option or feature counts with every filter but its own (disjunctive); ' +
      'price bands ignore the price filter (`min` inclusive, `max` exclusive: filter with ' +
      '`minPrice=min&maxPrice=max-1`); categories are the children of the current category (or the roots).',
  });
const productListSchema = z
  .object({
    items: z.array(productCardSchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    prevCursor: z.string().nullable(),
    facets: facetsSchema,
  })
  .meta({ id: 'ProductList' });

const price = z.coerce.number().int().min(0).max(100_000_000);
const facetParam = z
  .union([z.string().max(200), z.array(z.string().max(200)).max(30)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
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
  option: facetParam.meta({
    description: '`Name:Value`, repeatable (`option=Size:M&option=Size:L&option=Color:Blue`).',
  }),
  feature: facetParam.meta({ description: '`Name:Value`, repeatable (`feature=Material:Cotton`).' }),
  minPrice: price.optional().meta({ description: 'Minor units, on the cheapest variant.' }),
  maxPrice: price.optional(),
  inStock: z.enum(['true', 'false']).optional(),
  sort: z.enum(['relevance', 'newest', 'price_asc', 'price_desc', 'bestselling']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(40).optional(),
});

/** `Name:Value` parameters grouped by name (values of one name are alternatives). */
function facetFilters(kind: FacetFilter['kind'], params: string[]): FacetFilter[] {
  const groups = new Map<string, Set<string>>();
  params.forEach((param, index) => {
    const colon = param.indexOf(':');
    const name = param.slice(0, colon).trim();
    const value = param.slice(colon + 1).trim();
    if (colon <= 0 || !name || !value) {
      throw new AppError('validation_failed', `Write ${kind} filters as Name:Value.`, [
        { path: `query.${kind}.${index}`, message: 'Use the form Name:Value.' },
      ]);
    }
    groups.set(name, (groups.get(name) ?? new Set()).add(value));
  });
  return [...groups].map(([name, values]) => ({ kind, name, values: [...values] }));
}

/** Clothing sizes in wearing order, then numbers by value (36 before 104), then the alphabet. */
const sizeLadder = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];
function compareFacetValues(a: string, b: string): number {
  const rank = (value: string) => {
    const index = sizeLadder.indexOf(value.toUpperCase());
    return index === -1 ? sizeLadder.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
}

function findByHandle(nodes: CategoryNode[], handle: string): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.handle === handle) return node;
    const found = findByHandle(node.children, handle);
    if (found) return found;
  }
  return undefined;
}

export const storeProductRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/store/products',
    {
      schema: {
        operationId: 'storeListProducts',
        summary: 'Search and browse active products, with facets',
        description:
          'Full-text with stemming; a word of 5+ letters with one letter wrong, missing, extra or two swapped ' +
          'is corrected against the words of product titles; exact SKU; category (with sub-categories), ' +
          'option, feature, price and stock filters combine. Responses may be reused for up to ' +
          '`CATALOG_CACHE_SECONDS` by other API instances.',
        tags: ['Store: catalog'],
        querystring: listQuery,
        response: { 200: productListSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const query = request.query;
      const offset = decodeOffsetCursor(query.cursor);
      const filters = [...facetFilters('option', query.option), ...facetFilters('feature', query.feature)];
      return app.listingCache.getOrCompute(JSON.stringify(['listing', query, filters]), () =>
        listProducts(query, offset, filters),
      );
    },
  );

  /** One listing page with its facets; the facets are cached apart (sorting and paging do not change them). */
  async function listProducts(
    query: z.infer<typeof listQuery>,
    offset: number,
    filters: FacetFilter[],
  ): Promise<z.infer<typeof productListSchema>> {
    const [{ currency }, tree] = await Promise.all([getStoreSettings(app.db), getCategoryTree(app.db)]);
    const category = query.category ? findByHandle(tree, query.category) : undefined;
    if (query.category && !category) throw new AppError('not_found', 'No such category.');
    const search = {
      q: query.q,
      corrections: query.q ? await findTypoCorrections(app.db, query.q) : {},
      categoryId: category?.id,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      inStock: query.inStock === undefined ? undefined : query.inStock === 'true',
      filters,
      sort: query.sort,
      limit: query.limit,
      offset,
    };
    const children = category ? category.children : tree;
    const facetKey = JSON.stringify([
      'facets',
      query.q,
      query.category,
      query.minPrice,
      query.maxPrice,
      query.inStock,
      filters,
    ]);
    const [rows, facets] = await Promise.all([
      searchProducts(app.db, search),
      app.listingCache.getOrCompute(facetKey, () =>
        countFacets(app.db, { ...search, childCategoryIds: children.map((node) => node.id) }),
      ),
    ]);
    const page = rows.slice(0, query.limit);
    const cards = await toProductCards(app.db, app.media, currency, page);
    const selected = (kind: FacetFilter['kind'], name: string, value: string) =>
      filters.some((filter) => filter.kind === kind && filter.name === name && filter.values.includes(value));
    const group = (
      kind: FacetFilter['kind'],
      counts: { name: string; value: string; count: number; order?: number }[],
    ) => {
      const byName = new Map<string, { value: string; count: number; order: number }[]>();
      for (const count of counts) {
        byName.set(count.name, [
          ...(byName.get(count.name) ?? []),
          { value: count.value, count: count.count, order: count.order ?? 0 },
        ]);
      }
      // A selected value always shows (with 0 when nothing matches), so it can be cleared.
      for (const filter of filters.filter((item) => item.kind === kind)) {
        const values = byName.get(filter.name) ?? [];
        for (const value of filter.values) {
          if (!values.some((item) => item.value === value)) values.push({ value, count: 0, order: Infinity });
        }
        byName.set(filter.name, values);
      }
      return [...byName]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, values]) => ({
          name,
          values: values
            .sort((a, b) => compareFacetValues(a.value, b.value))
            .map((item) => ({
              value: item.value,
              count: item.count,
              selected: selected(kind, name, item.value),
            })),
        }));
    };
    const counts = new Map(facets.categories.map((item) => [item.id, item.count]));
    const total = facets.total;
    const body = {
      items: cards,
      total,
      nextCursor: rows.length > query.limit ? encodeCursor(String(offset + query.limit)) : null,
      prevCursor: offset > 0 ? encodeCursor(String(Math.max(0, offset - query.limit))) : null,
      facets: {
        categories: children
          .filter((node) => (counts.get(node.id) ?? 0) > 0)
          .map((node) => ({ handle: node.handle, name: node.name, count: counts.get(node.id) ?? 0 })),
        options: group('option', facets.options),
        features: group('feature', facets.features),
        priceBands: facets.priceBands,
      },
    };
    return body;
  }
};
