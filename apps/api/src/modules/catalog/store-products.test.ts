import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };
const categories: Record<string, string> = {};

async function post(url: string, payload: object) {
  const response = await ctx.app.inject({ method: 'POST', url, headers: manager, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function product(title: string, sku: string, price: number, category: string, extra: object = {}) {
  return post('/admin/products', {
    title,
    status: 'active',
    categoryIds: [categories[category]],
    variants: [{ sku, price, stockOnHand: 5 }],
    ...extra,
  });
}

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  categories.women = (await post('/admin/categories', { name: 'Women' })).id;
  categories.dresses = (await post('/admin/categories', { name: 'Dresses', parentId: categories.women })).id;
  categories.home = (await post('/admin/categories', { name: 'Home' })).id;
  await product('Summer dresses in linen', 'DR-1', 8900, 'dresses', { description: 'Light and airy.' });
  await product('Chemise en lin bleu', 'CH-1', 5900, 'women');
  await product('Velvet cushion', 'CU-1', 2900, 'home', {
    variants: [{ sku: 'CU-1', price: 2900, stockOnHand: 0 }],
  });
  await product('Draft dress', 'DR-2', 1000, 'dresses', { status: 'draft' });
});
afterAll(async () => ctx.close());

const search = async (query: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/store/products?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{
    items: { title: string; price: { min: { amount: number } }; inStock: boolean }[];
    total: number;
    nextCursor: string | null;
  }>();
};
const titles = async (query: string) => (await search(query)).items.map((item) => item.title);

describe('storefront product search', () => {
  it('lists active products only, newest first by default', async () => {
    expect(await titles('')).toEqual(['Velvet cushion', 'Chemise en lin bleu', 'Summer dresses in linen']);
  });

  it('finds words by their stem, tolerates one typo in a title word, and matches SKUs exactly', async () => {
    expect(await titles('q=dress')).toEqual(['Summer dresses in linen']);
    expect(await titles('q=chemsie')).toEqual(['Chemise en lin bleu']);
    expect(await titles('q=velvett')).toEqual(['Velvet cushion']);
    expect(await titles('q=cu-1')).toEqual(['Velvet cushion']);
  });

  it('finds a word of 5+ letters with one letter wrong, missing, extra or two swapped, not with two typos', async () => {
    for (const typo of ['linan', 'lnen', 'linnen', 'lnien', 'cusihon', 'vlevet', 'smumer', 'dreses']) {
      expect(await titles(`q=${typo}`), typo).not.toEqual([]);
    }
    expect(await titles('q=lnien')).toEqual(['Summer dresses in linen']);
    expect(await titles('q=cusihon')).toEqual(['Velvet cushion']);
    // Several words: each may carry its typo, all are required.
    expect(await titles('q=smumer%20lnien')).toEqual(['Summer dresses in linen']);
    expect(await titles('q=velvte%20lnien')).toEqual([]);
    // Two typos in one word, or a typo in a short word, find nothing.
    expect(await titles('q=lnian')).toEqual([]);
    expect(await titles('q=velvte%20cushin%20xyz')).toEqual([]);
    expect(await titles('q=lni')).toEqual([]);
    expect(await titles('q=airy')).toEqual(['Summer dresses in linen']);
    expect(await titles('q=nothing%20like%20this')).toEqual([]);
  });

  it('filters by category with its descendants, by price of the cheapest variant and by stock', async () => {
    expect(await titles('category=women')).toEqual(['Chemise en lin bleu', 'Summer dresses in linen']);
    expect(await titles('minPrice=3000&maxPrice=6000')).toEqual(['Chemise en lin bleu']);
    expect(await titles('inStock=true')).toEqual(['Chemise en lin bleu', 'Summer dresses in linen']);
    const missing = await ctx.app.inject({ method: 'GET', url: '/store/products?category=nope' });
    expect(missing.statusCode).toBe(404);
  });

  it('sorts by price and pages with an opaque cursor and a total', async () => {
    expect(await titles('sort=price_asc')).toEqual([
      'Velvet cushion',
      'Chemise en lin bleu',
      'Summer dresses in linen',
    ]);
    const first = await search('sort=price_desc&limit=2');
    expect(first.items.map((item) => item.price.min.amount)).toEqual([8900, 5900]);
    expect(first.total).toBe(3);
    const second = await search(`sort=price_desc&limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ total: 3, nextCursor: null });
    expect(second.items.map((item) => item.title)).toEqual(['Velvet cushion']);
    expect((await ctx.app.inject({ method: 'GET', url: '/store/products?cursor=zzz' })).statusCode).toBe(400);
  });

  it('can answer text queries from the GIN indexes rather than scanning products', async () => {
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute('set local enable_seqscan = off' as never);
      const result = await tx.execute(
        sql`explain select id from products
          where search_vector @@ (websearch_to_tsquery('english', 'dress') || plainto_tsquery('french', 'linen'))`,
      );
      return (result.rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('products_search_vector_idx');
  });

  it('can answer facet and category filters from GIN indexes on the trigger-kept arrays', async () => {
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute('set local enable_seqscan = off' as never);
      const result = await tx.execute(
        sql`explain select id from products p
          where p.facet_values && array[${'o:Size\u001fM'}]::text[] and p.category_paths @> array[${categories.women}]::text[]`,
      );
      return (result.rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/products_facet_values_idx|products_category_paths_idx/);
    expect(plan).not.toContain('Seq Scan');
  });
});
