import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };

const post = async (url: string, payload: object) => {
  const response = await ctx.app.inject({ method: 'POST', url, headers: manager, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};
const patch = (url: string, payload: object) =>
  ctx.app.inject({ method: 'PATCH', url, headers: manager, payload });

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
});
afterAll(async () => ctx.close());

describe('sitemaps', () => {
  it('lists categories and active products only, as storefront URLs, behind an index', async () => {
    await post('/admin/categories', { name: 'Lamps & lights' });
    await post('/admin/products', {
      title: 'Brass lamp',
      status: 'active',
      variants: [{ sku: 'L1', price: 100 }],
    });
    await post('/admin/products', { title: 'Secret draft', variants: [{ sku: 'L2', price: 100 }] });

    const index = await ctx.app.inject({ method: 'GET', url: '/store/sitemap.xml' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('application/xml');
    expect(index.body).toContain('<sitemapindex');
    expect(index.body).toContain('/store/sitemaps/categories.xml</loc>');
    expect(index.body).toContain('/store/sitemaps/products-1.xml</loc>');

    const products = await ctx.app.inject({ method: 'GET', url: '/store/sitemaps/products-1.xml' });
    expect(products.body).toContain('<loc>http://localhost:3001/products/brass-lamp</loc>');
    expect(products.body).not.toContain('secret-draft');
    expect(products.body).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);

    const categories = await ctx.app.inject({ method: 'GET', url: '/store/sitemaps/categories.xml' });
    expect(categories.body).toContain('<loc>http://localhost:3001/categories/lamps-lights</loc>');
    expect((await ctx.app.inject({ method: 'GET', url: '/store/sitemaps/products-2.xml' })).statusCode).toBe(
      404,
    );
    expect((await ctx.app.inject({ method: 'GET', url: '/store/sitemaps/products-x.xml' })).statusCode).toBe(
      400,
    );
  });
});

describe('category order and breadcrumbs', () => {
  it('numbers siblings 0, 1, 2… and moves one to a given place, closing ranks where it left', async () => {
    const root = await post('/admin/categories', { name: 'Garden' });
    const a = await post('/admin/categories', { name: 'Pots', parentId: root.id });
    const b = await post('/admin/categories', { name: 'Seeds', parentId: root.id });
    const c = await post('/admin/categories', { name: 'Tools', parentId: root.id });
    expect([a.position, b.position, c.position]).toEqual([0, 1, 2]);
    const order = async () => {
      const tree = (
        await ctx.app.inject({ method: 'GET', url: '/admin/categories', headers: manager })
      ).json();
      const garden = tree.items.find((node: { id: string }) => node.id === root.id);
      return garden.children.map(
        (node: { name: string; position: number }) => `${node.position}:${node.name}`,
      );
    };
    const moved = await patch(`/admin/categories/${c.id}`, { version: c.version, position: 0 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await order()).toEqual(['0:Tools', '1:Pots', '2:Seeds']);

    const other = await post('/admin/categories', { name: 'Kitchen' });
    const away = await patch(`/admin/categories/${a.id}`, { version: a.version, parentId: other.id });
    expect(away.json()).toMatchObject({ parentId: other.id, position: 0 });
    expect(await order()).toEqual(['0:Tools', '1:Seeds']);

    const page = await ctx.app.inject({ method: 'GET', url: '/store/categories/seeds' });
    expect(page.json()).toMatchObject({
      handle: 'seeds',
      breadcrumb: [
        { handle: 'garden', name: 'Garden' },
        { handle: 'seeds', name: 'Seeds' },
      ],
    });
  });

  it('gives a product page the breadcrumb of its deepest category', async () => {
    const home = await post('/admin/categories', { name: 'Home' });
    const textiles = await post('/admin/categories', { name: 'Textiles', parentId: home.id });
    const product = await post('/admin/products', {
      title: 'Wool blanket',
      status: 'active',
      categoryIds: [home.id, textiles.id],
      variants: [{ sku: 'WB-1', price: 100 }],
    });
    const page = (await ctx.app.inject({ method: 'GET', url: `/store/products/${product.handle}` })).json();
    expect(page.breadcrumb).toEqual([
      { handle: 'home', name: 'Home' },
      { handle: 'textiles', name: 'Textiles' },
    ]);
  });
});
