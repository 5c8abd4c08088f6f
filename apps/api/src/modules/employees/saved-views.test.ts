import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let owner: Record<string, string>;
let manager: Record<string, string>;

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'order_manager')).headers;
});
afterAll(async () => ctx.close());

interface SavedView {
  id: string;
  list: string;
  name: string;
  query: string;
}

const save = (payload: object, headers = manager) =>
  ctx.app.inject({ method: 'POST', url: '/admin/saved-views', headers, payload });
const list = (headers = manager) =>
  ctx.app.inject({ method: 'GET', url: '/admin/saved-views?list=orders', headers });

describe('saved views', () => {
  it('saves the known filters of the orders list, lists them by name and deletes them', async () => {
    const created = await save({
      list: 'orders',
      name: '  To ship  ',
      query: 'status=confirmed&fulfillmentStatus=unfulfilled&cursor=abc&page=3&sort=oldest&status=cancelled',
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json<SavedView>();
    expect(view).toMatchObject({
      list: 'orders',
      name: 'To ship',
      query: 'status=confirmed&fulfillmentStatus=unfulfilled&sort=oldest',
    });
    expect(view.id).toMatch(/^view_/);

    expect(
      (await save({ list: 'orders', name: 'Big ones', query: 'minTotal=10000&sort=total_desc' })).statusCode,
    ).toBe(201);
    expect((await save({ list: 'orders', name: 'All', query: '' })).statusCode).toBe(201);
    const names = (await list()).json<{ items: SavedView[] }>().items.map((item) => item.name);
    expect(names).toEqual(['All', 'Big ones', 'To ship']);

    const again = await save({ list: 'orders', name: 'To ship', query: 'status=pending' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'conflict',
      detail: 'You already have a view named "To ship".',
    });

    // Another employee has their own views: the same name is fine, and they cannot see or delete these.
    expect((await list(owner)).json()).toEqual({ items: [] });
    expect((await save({ list: 'orders', name: 'To ship', query: 'q=durand' }, owner)).statusCode).toBe(201);
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/saved-views/${view.id}`,
      headers: owner,
    });
    expect(foreign.statusCode).toBe(404);

    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/saved-views/${view.id}`,
      headers: manager,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await list()).json<{ items: SavedView[] }>().items.map((item) => item.name)).toEqual([
      'All',
      'Big ones',
    ]);
    const twice = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/saved-views/${view.id}`,
      headers: manager,
    });
    expect(twice.statusCode).toBe(404);
  });

  it('rejects invalid views with field errors', async () => {
    const invalid = await save({ list: 'products', name: '', query: `?${'a'.repeat(1000)}`, extra: 1 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ errors: { path: string }[] }>().errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['list', 'name', 'query']),
    );
    const leading = await save({ list: 'orders', name: 'Leading', query: '?status=confirmed' });
    expect(leading.json().errors).toEqual([{ path: 'query', message: 'Leave out the leading "?".' }]);
    const badValue = await save({ list: 'orders', name: 'Bad', query: 'status=lost' });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().errors).toEqual([{ path: 'query', message: expect.stringMatching(/^status: /) }]);
    expect((await list()).json<{ items: SavedView[] }>().items.map((item) => item.name)).not.toContain('Bad');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/admin/saved-views', headers: manager })).statusCode,
    ).toBe(400);
  });

  it('needs orders:read and an employee (API keys get 403)', async () => {
    const catalog = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    expect((await list(catalog)).statusCode).toBe(403);
    expect((await save({ list: 'orders', name: 'Mine', query: '' }, catalog)).statusCode).toBe(403);

    const key = await ctx.app.inject({
      method: 'POST',
      url: '/admin/api-keys',
      headers: owner,
      payload: { name: 'Reporting', permissions: ['orders:read'] },
    });
    expect(key.statusCode, key.body).toBe(201);
    const asKey = { authorization: `Bearer ${key.json<{ secret: string }>().secret}` };
    const refused = await list(asKey);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('Saved views belong to employees; API keys cannot use them.');
    expect((await save({ list: 'orders', name: 'Key view', query: '' }, asKey)).statusCode).toBe(403);
  });
});
