import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };
let analyst: { authorization: string };
let sequence = 0;

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: object, headers = manager) =>
  ctx.app.inject({ method, url, headers, payload });

interface Variant {
  id: string;
  sku: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  stockOnHand: number;
}
interface Product {
  id: string;
  handle: string;
  title: string;
  status: string;
  version: number;
  options: { name: string; values: string[] }[];
  variants: Variant[];
}

async function createTee(overrides: object = {}): Promise<Product> {
  sequence += 1;
  const response = await call('POST', '/admin/products', {
    title: `Tee ${sequence}`,
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      { sku: `T${sequence}-S`, options: { Size: 'S' }, price: 1999, compareAtPrice: 2999, stockOnHand: 4 },
      { sku: `T${sequence}-M`, options: { Size: 'M' }, price: 2499, stockOnHand: 0 },
    ],
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Product>();
}

describe('variants', () => {
  it('replaces the matrix: keeps, updates and swaps SKUs of listed variants, adds new ones, drops the rest', async () => {
    const tee = await createTee();
    const [small, medium] = tee.variants;
    const response = await call('PUT', `/admin/products/${tee.id}/variants`, {
      version: tee.version,
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Color', values: ['Red', 'Blue'] },
      ],
      variants: [
        // The two kept variants swap SKUs: the unique index must never see a duplicate.
        {
          id: small?.id,
          sku: medium?.sku,
          options: { Size: 'S', Color: 'Red' },
          price: 2100,
          stockOnHand: 9,
        },
        { id: medium?.id, sku: small?.sku, options: { Size: 'M', Color: 'Red' }, price: 2200 },
        { sku: `${tee.handle}-s-blue`, options: { Size: 'S', Color: 'Blue' }, price: 2300 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<Product>();
    expect(updated.version).toBe(tee.version + 1);
    expect(updated.options.map((option) => option.name)).toEqual(['Size', 'Color']);
    expect(updated.variants.map((variant) => [variant.id === small?.id, variant.sku, variant.price])).toEqual(
      [
        [true, medium?.sku, 2100],
        [false, small?.sku, 2200],
        [false, `${tee.handle}-s-blue`, 2300],
      ],
    );
    expect(updated.variants[1]?.id).toBe(medium?.id);

    const stale = await call('PUT', `/admin/products/${tee.id}/variants`, {
      version: tee.version,
      options: [],
      variants: [{ sku: 'X', price: 1 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('reports matrix problems by field: foreign variant ids, SKUs used elsewhere, options off the list', async () => {
    const tee = await createTee();
    const other = await createTee();
    const response = await call('PUT', `/admin/products/${tee.id}/variants`, {
      version: tee.version,
      options: [{ name: 'Size', values: ['S'] }],
      variants: [
        { id: other.variants[0]?.id, sku: other.variants[1]?.sku, options: { Size: 'S' }, price: 100 },
        { sku: 'NEW-1', options: { Size: 'XL' }, price: 100 },
      ],
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['variants.0.sku', 'variants.1.options']));
    // Nothing changed.
    const reread = (await call('GET', `/admin/products/${tee.id}`)).json<Product>();
    expect(reread.version).toBe(tee.version);
    expect(reread.variants).toHaveLength(2);
  });

  it('adds, changes and deletes single variants; the product keeps at least one', async () => {
    const tee = await createTee({ options: [], variants: [{ sku: `ONE-${sequence + 1}`, price: 1000 }] });
    const refused = await call('DELETE', `/admin/products/${tee.id}/variants/${tee.variants[0]?.id}`);
    expect(refused.statusCode).toBe(409);

    const sized = await createTee();
    const added = await call('POST', `/admin/products/${sized.id}/variants`, {
      sku: `${sized.handle}-dup`,
      options: { Size: 'S' },
      price: 1,
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().errors[0].path).toBe('variants.2.options');

    // An integrator's stock change without a version: applied, and the product's version moves on.
    const stock = await call('PATCH', `/admin/products/${sized.id}/variants/${sized.variants[1]?.id}`, {
      stockOnHand: 12,
    });
    expect(stock.statusCode, stock.body).toBe(200);
    expect(stock.json<Product>()).toMatchObject({ version: sized.version + 1 });
    expect(stock.json<Product>().variants[1]?.stockOnHand).toBe(12);
    // An editor still holding the old version is refused.
    const stale = await call('PATCH', `/admin/products/${sized.id}/variants/${sized.variants[1]?.id}`, {
      price: 1,
      version: sized.version,
    });
    expect(stale.statusCode).toBe(409);
    const taken = await call('PATCH', `/admin/products/${sized.id}/variants/${sized.variants[1]?.id}`, {
      sku: tee.variants[0]?.sku,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors).toEqual([{ path: 'sku', message: 'This SKU is already used.' }]);

    const removed = await call('DELETE', `/admin/products/${sized.id}/variants/${sized.variants[0]?.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json<Product>().variants.map((variant) => variant.sku)).toEqual([sized.variants[1]?.sku]);
    expect((await call('DELETE', `/admin/products/${sized.id}/variants/var_nope`)).statusCode).toBe(404);
  });

  it('serialises concurrent matrix saves: one wins, the other gets 409', async () => {
    const tee = await createTee();
    const save = (price: number) =>
      call('PUT', `/admin/products/${tee.id}/variants`, {
        version: tee.version,
        options: tee.options,
        variants: tee.variants.map((variant) => ({
          id: variant.id,
          sku: variant.sku,
          options: variant.options,
          price,
        })),
      });
    const results = await Promise.all([save(100), save(200), save(300)]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409, 409]);
  });
});

describe('duplicate, delete and bulk actions', () => {
  it('duplicates a product as a draft with a free handle and free SKUs', async () => {
    const tee = await createTee({ status: 'active' });
    const first = await call('POST', `/admin/products/${tee.id}/duplicate`);
    expect(first.statusCode, first.body).toBe(201);
    const second = (await call('POST', `/admin/products/${tee.id}/duplicate`)).json<Product>();
    expect(first.json<Product>()).toMatchObject({
      title: `Copy of ${tee.title}`,
      handle: `${tee.handle}-copy`,
      status: 'draft',
      options: tee.options,
    });
    expect(first.json<Product>().variants.map((variant) => variant.sku)).toEqual(
      tee.variants.map((variant) => `${variant.sku}-COPY`),
    );
    expect(second.handle).toBe(`${tee.handle}-copy-2`);
    expect(second.variants.map((variant) => variant.sku)).toEqual(
      tee.variants.map((variant) => `${variant.sku}-COPY-2`),
    );
  });

  it('changes status, prices by a percentage (rounded half up, compare-at too) and deletes in bulk', async () => {
    const a = await createTee();
    const b = await createTee();
    const status = await call('POST', '/admin/products/bulk', {
      ids: [a.id, b.id, 'prod_unknown'],
      action: { type: 'set_status', status: 'active' },
    });
    expect(status.json()).toEqual({ affected: 2 });

    const prices = await call('POST', '/admin/products/bulk', {
      ids: [a.id],
      action: { type: 'adjust_prices', percent: 12.5 },
    });
    expect(prices.json()).toEqual({ affected: 1 });
    const repriced = (await call('GET', `/admin/products/${a.id}`)).json<Product>();
    // 1999 × 1.125 = 2248.875 → 2249; 2999 × 1.125 = 3373.875 → 3374; 2499 × 1.125 = 2811.375 → 2811.
    expect(repriced.variants.map((variant) => [variant.price, variant.compareAtPrice])).toEqual([
      [2249, 3374],
      [2811, null],
    ]);
    const invalid = await call('POST', '/admin/products/bulk', {
      ids: [a.id],
      action: { type: 'adjust_prices', percent: -95 },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('action.percent');

    const deleted = await call('POST', '/admin/products/bulk', {
      ids: [a.id, b.id],
      action: { type: 'delete' },
    });
    expect(deleted.json()).toEqual({ affected: 2 });
    expect((await call('GET', `/admin/products/${a.id}`)).statusCode).toBe(404);
    expect((await call('DELETE', `/admin/products/${b.id}`)).statusCode).toBe(404);
  });

  it('needs catalog:write for every change, catalog:read to look', async () => {
    const tee = await createTee();
    expect((await call('GET', `/admin/products/${tee.id}`, undefined, analyst)).statusCode).toBe(200);
    const attempts = await Promise.all([
      call('POST', '/admin/products/bulk', { ids: [tee.id], action: { type: 'delete' } }, analyst),
      call('POST', `/admin/products/${tee.id}/duplicate`, undefined, analyst),
      call('DELETE', `/admin/products/${tee.id}`, undefined, analyst),
      call('PATCH', `/admin/products/${tee.id}/variants/${tee.variants[0]?.id}`, { price: 1 }, analyst),
    ]);
    expect(attempts.map((attempt) => attempt.statusCode)).toEqual([403, 403, 403, 403]);
  });
});

describe('admin product list', () => {
  it('filters by status, category (with sub-categories), stock state and text, and sorts', async () => {
    const parent = (await call('POST', '/admin/categories', { name: 'Outerwear' })).json();
    const child = (await call('POST', '/admin/categories', { name: 'Coats', parentId: parent.id })).json();
    const coat = await createTee({ title: 'Zebra coat', categoryIds: [child.id], status: 'active' });
    const empty = await createTee({
      title: 'Aardvark coat',
      categoryIds: [parent.id],
      variants: [{ sku: `AARD-${sequence}`, options: { Size: 'S' }, price: 100, stockOnHand: 0 }],
    });
    const titles = async (query: string) =>
      (await call('GET', `/admin/products?${query}`))
        .json<{ items: { title: string }[] }>()
        .items.map((i) => i.title);
    expect(await titles(`category=${parent.id}&sort=title_asc`)).toEqual(['Aardvark coat', 'Zebra coat']);
    expect(await titles(`category=${parent.id}&sort=title_desc`)).toEqual(['Zebra coat', 'Aardvark coat']);
    expect(await titles(`category=${parent.id}&stock=out`)).toEqual(['Aardvark coat']);
    expect(await titles(`category=${parent.id}&stock=low`)).toEqual(['Zebra coat']);
    expect(await titles(`category=${parent.id}&status=active`)).toEqual(['Zebra coat']);
    expect(await titles(`q=${coat.variants[0]?.sku}`)).toEqual(['Zebra coat']);
    expect(await titles(`category=${parent.id}&sort=price_asc`)).toEqual(['Aardvark coat', 'Zebra coat']);

    const page = (await call('GET', `/admin/products?category=${parent.id}&limit=1&sort=title_asc`)).json();
    expect(page).toMatchObject({
      total: 2,
      items: [{ title: 'Aardvark coat', variantCount: 1, stockOnHand: 0 }],
    });
    expect(page.items[0].price).toEqual({
      min: { amount: 100, currency: 'EUR' },
      max: { amount: 100, currency: 'EUR' },
    });
    const next = (
      await call(
        'GET',
        `/admin/products?category=${parent.id}&limit=1&sort=title_asc&cursor=${page.nextCursor}`,
      )
    ).json();
    expect(next.items.map((item: { id: string }) => item.id)).toEqual([coat.id]);
    expect(next.nextCursor).toBeNull();
    const outOfStock = (await call('GET', `/admin/products?category=${parent.id}&stock=out`)).json();
    expect(outOfStock.items.map((item: { id: string }) => item.id)).toEqual([empty.id]);
  });
});
