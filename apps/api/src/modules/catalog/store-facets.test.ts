import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };
const categoryIds: Record<string, string> = {};

async function post(url: string, payload: object) {
  const response = await ctx.app.inject({ method: 'POST', url, headers: manager, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A shirt in the given sizes and colours (every combination), priced `price`, one feature Material. */
async function shirt(
  title: string,
  sizes: string[],
  colors: string[],
  price: number,
  material: string,
  category: string,
) {
  return post('/admin/products', {
    title,
    status: 'active',
    categoryIds: [categoryIds[category]],
    features: [{ name: 'Material', value: material }],
    options: [
      { name: 'Size', values: sizes },
      { name: 'Color', values: colors },
    ],
    variants: sizes.flatMap((size) =>
      colors.map((color) => ({
        sku: `${title}-${size}-${color}`.replaceAll(' ', '-'),
        options: { Size: size, Color: color },
        price,
        stockOnHand: 2,
      })),
    ),
  });
}

interface Facets {
  categories: { handle: string; name: string; count: number }[];
  options: { name: string; values: { value: string; count: number; selected: boolean }[] }[];
  features: { name: string; values: { value: string; count: number; selected: boolean }[] }[];
  priceBands: { min: number; max: number; count: number }[];
}
interface Listing {
  items: { title: string; price: { min: { amount: number } }; image: unknown; compareAtPrice: unknown }[];
  total: number;
  nextCursor: string | null;
  prevCursor: string | null;
  facets: Facets;
}

const list = async (query: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/store/products?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Listing>();
};
const counts = (facets: Facets, kind: 'options' | 'features', name: string) =>
  Object.fromEntries(
    (facets[kind].find((facet) => facet.name === name)?.values ?? []).map((value) => [
      value.value,
      value.count,
    ]),
  );

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  categoryIds.men = (await post('/admin/categories', { name: 'Men' })).id;
  categoryIds.shirts = (await post('/admin/categories', { name: 'Shirts', parentId: categoryIds.men })).id;
  categoryIds.knits = (await post('/admin/categories', { name: 'Knits', parentId: categoryIds.men })).id;
  categoryIds.home = (await post('/admin/categories', { name: 'Home' })).id;
  await shirt('Oxford shirt', ['S', 'M', 'L'], ['Blue', 'White'], 4900, 'Cotton', 'shirts');
  await shirt('Linen shirt', ['M', 'L'], ['Sand'], 6900, 'Linen', 'shirts');
  await shirt('Wool sweater', ['S', 'M'], ['Grey'], 9900, 'Wool', 'knits');
  await shirt('Cotton throw', ['One size'], ['White'], 3900, 'Cotton', 'home');
});
afterAll(async () => ctx.close());

describe('storefront facets', () => {
  it('counts products per option value, feature value, child category and price band', async () => {
    const { facets, total } = await list('');
    expect(total).toBe(4);
    expect(counts(facets, 'options', 'Size')).toEqual({ S: 2, M: 3, L: 2, 'One size': 1 });
    expect(counts(facets, 'options', 'Color')).toEqual({ Blue: 1, White: 2, Sand: 1, Grey: 1 });
    expect(counts(facets, 'features', 'Material')).toEqual({ Cotton: 2, Linen: 1, Wool: 1 });
    expect(facets.categories).toEqual([
      { handle: 'men', name: 'Men', count: 3 },
      { handle: 'home', name: 'Home', count: 1 },
    ]);
    // Bands of a "nice" width covering the cheapest variant prices (39.00 to 99.00 → 20.00 wide).
    expect(facets.priceBands).toEqual([
      { min: 2000, max: 4000, count: 1 },
      { min: 4000, max: 6000, count: 1 },
      { min: 6000, max: 8000, count: 1 },
      { min: 8000, max: 10000, count: 1 },
    ]);
    const sizeOrder = facets.options
      .find((facet) => facet.name === 'Size')
      ?.values.map((value) => value.value);
    // Sizes in wearing order, not the alphabet.
    expect(sizeOrder).toEqual(['S', 'M', 'L', 'One size']);
  });

  it('filters by option and feature values: OR within a name, AND across names', async () => {
    const titles = async (query: string) => (await list(query)).items.map((item) => item.title).sort();
    expect(await titles('option=Size:L')).toEqual(['Linen shirt', 'Oxford shirt']);
    expect(await titles('option=Size:L&option=Size:S')).toEqual([
      'Linen shirt',
      'Oxford shirt',
      'Wool sweater',
    ]);
    expect(await titles('option=Size:L&feature=Material:Cotton')).toEqual(['Oxford shirt']);
    expect(await titles('feature=Material:Wool&feature=Material:Linen')).toEqual([
      'Linen shirt',
      'Wool sweater',
    ]);
    expect(await titles('option=Color:Purple')).toEqual([]);
  });

  it('keeps counts disjunctive: a selected facet still shows its alternatives, the others narrow', async () => {
    const { facets } = await list('option=Size:L');
    // Size counts ignore the Size filter itself…
    expect(counts(facets, 'options', 'Size')).toEqual({ S: 2, M: 3, L: 2, 'One size': 1 });
    expect(
      facets.options.find((facet) => facet.name === 'Size')?.values.find((v) => v.value === 'L')?.selected,
    ).toBe(true);
    // …while other facets count only products in size L.
    expect(counts(facets, 'features', 'Material')).toEqual({ Cotton: 1, Linen: 1 });
    expect(counts(facets, 'options', 'Color')).toEqual({ Blue: 1, White: 1, Sand: 1 });
    // A selected value with no match still shows (count 0), so it can be cleared.
    const none = await list('option=Color:Purple');
    expect(none.facets.options.find((facet) => facet.name === 'Color')?.values).toContainEqual({
      value: 'Purple',
      count: 0,
      selected: true,
    });
  });

  it('counts sub-categories inside a category, with price and text filters applied', async () => {
    const { facets, total } = await list('category=men');
    expect(total).toBe(3);
    expect(facets.categories).toEqual([
      { handle: 'shirts', name: 'Shirts', count: 2 },
      { handle: 'knits', name: 'Knits', count: 1 },
    ]);
    const cheaper = await list('category=men&maxPrice=7000');
    expect(cheaper.facets.categories).toEqual([{ handle: 'shirts', name: 'Shirts', count: 2 }]);
    // Price bands ignore the price filter so the shopper can widen it again.
    expect(cheaper.facets.priceBands.reduce((sum, band) => sum + band.count, 0)).toBe(3);
    const text = await list('q=shirt');
    expect(counts(text.facets, 'features', 'Material')).toEqual({ Cotton: 1, Linen: 1 });
  });

  it('refuses malformed facet parameters with a field error', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/store/products?option=Size' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'query.option.0', message: 'Use the form Name:Value.' }]);
  });

  it('sorts by units sold and gives a previous-page cursor', async () => {
    await ctx.database.db.execute(sql`update products set sold_count = 50 where title = 'Wool sweater'`);
    await ctx.database.db.execute(sql`update products set sold_count = 20 where title = 'Cotton throw'`);
    ctx.app.listingCache.clear();
    const best = await list('sort=bestselling&limit=2');
    expect(best.items.map((item) => item.title)).toEqual(['Wool sweater', 'Cotton throw']);
    expect(best.prevCursor).toBeNull();
    const next = await list(`sort=bestselling&limit=2&cursor=${best.nextCursor}`);
    expect(next.prevCursor).not.toBeNull();
    const back = await list(`sort=bestselling&limit=2&cursor=${next.prevCursor}`);
    expect(back.items).toEqual(best.items);
  });

  it('keeps listing prices and stock in step with variant changes (statement triggers)', async () => {
    const before = await list('q=linen%20shirt');
    expect(before.items[0]?.price.min.amount).toBe(6900);
    const [row] = (
      await ctx.database.db.execute<{ id: string; version: number }>(
        sql`select id, version from products where title = 'Linen shirt'`,
      )
    ).rows;
    const product = (
      await ctx.app.inject({ method: 'GET', url: `/admin/products/${row?.id}`, headers: manager })
    ).json();
    const variant = product.variants[0];
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}/variants/${variant.id}`,
      headers: manager,
      payload: { price: 5500 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    // The admin write cleared this instance's listing cache: the next listing shows the new price at once.
    const after = await list('q=linen%20shirt');
    expect(after.items[0]?.price.min.amount).toBe(5500);
    // Out of stock everywhere → not in an in-stock listing.
    await ctx.database.db.execute(
      sql`update product_variants set stock_on_hand = 0 where product_id = ${product.id}`,
    );
    ctx.app.listingCache.clear();
    expect((await list('inStock=true')).items.map((item) => item.title)).not.toContain('Linen shirt');
  });

  it('keeps facet tokens and category paths in step with feature, option and category changes', async () => {
    const product = await shirt('Flannel shirt', ['M'], ['Red'], 5900, 'Flannel', 'shirts');
    const titles = async (query: string) => (await list(query)).items.map((item) => item.title);
    expect(await titles('feature=Material:Flannel')).toEqual(['Flannel shirt']);
    // Features replaced through the API: the old value no longer matches, the new one does.
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: manager,
      payload: { version: product.version, features: [{ name: 'Material', value: 'Wool' }] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await titles('feature=Material:Flannel')).toEqual([]);
    expect(await titles('feature=Material:Wool&option=Color:Red')).toEqual(['Flannel shirt']);
    // Moving Shirts under Home moves its products' category paths with it.
    const shirts = (await ctx.app.inject({ method: 'GET', url: '/admin/categories', headers: manager }))
      .json()
      .items.flatMap((node: { children: { id: string; version: number }[] }) => node.children)
      .find((node: { id: string }) => node.id === categoryIds.shirts);
    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/categories/${categoryIds.shirts}`,
      headers: manager,
      payload: { version: shirts.version, parentId: categoryIds.home },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await titles('category=home')).sort()).toEqual([
      'Cotton throw',
      'Flannel shirt',
      'Linen shirt',
      'Oxford shirt',
    ]);
    expect(await titles('category=men')).toEqual(['Wool sweater']);
  });
});
