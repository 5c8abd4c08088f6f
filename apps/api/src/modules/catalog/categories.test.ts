import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: manager, payload });
const create = async (payload: object) => {
  const response = await call('POST', '/admin/categories', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number; handle: string }>();
};

describe('category tree', () => {
  it('builds a three-level tree, derives handles, and serves it to the storefront', async () => {
    const women = await create({ name: 'Femme', position: 1 });
    const men = await create({ name: 'Homme', position: 0 });
    const dresses = await create({ name: "Robes d'été", parentId: women.id });
    await create({ name: 'Robes longues', parentId: dresses.id });
    expect(dresses.handle).toBe('robes-d-ete');

    const tree = (await ctx.app.inject({ method: 'GET', url: '/store/categories' })).json().items;
    expect(tree.map((node: { id: string }) => node.id)).toEqual([men.id, women.id]);
    expect(tree[1].children[0].children[0]).toMatchObject({ name: 'Robes longues', children: [] });

    const branch = await ctx.app.inject({ method: 'GET', url: '/store/categories/robes-d-ete' });
    expect(branch.json()).toMatchObject({ name: "Robes d'été", children: [{ handle: 'robes-longues' }] });
    expect((await ctx.app.inject({ method: 'GET', url: '/store/categories/nope' })).statusCode).toBe(404);
    expect((await call('POST', '/admin/categories', { name: 'Femme' })).json()).toMatchObject({
      code: 'conflict',
      errors: [{ path: 'handle' }],
    });
  });

  it('moves a branch, but never under itself or its own descendants', async () => {
    const a = await create({ name: 'A branch' });
    const b = await create({ name: 'B branch', parentId: a.id });
    const c = await create({ name: 'C branch', parentId: b.id });
    const cycle = await call('PATCH', `/admin/categories/${a.id}`, { version: a.version, parentId: c.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].path).toBe('parentId');
    const self = await call('PATCH', `/admin/categories/${a.id}`, { version: a.version, parentId: a.id });
    expect(self.statusCode).toBe(400);
    const moved = await call('PATCH', `/admin/categories/${c.id}`, { version: c.version, parentId: null });
    expect(moved.json()).toMatchObject({ parentId: null, version: c.version + 1 });
  });

  it('never lets two concurrent moves build a cycle', async () => {
    const x = await create({ name: 'X node' });
    const y = await create({ name: 'Y node' });
    const [one, two] = await Promise.all([
      call('PATCH', `/admin/categories/${x.id}`, { version: x.version, parentId: y.id }),
      call('PATCH', `/admin/categories/${y.id}`, { version: y.version, parentId: x.id }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 400]);
  });

  it('refuses a stale version with 409 instead of overwriting', async () => {
    const cat = await create({ name: 'Versioned' });
    expect(
      (await call('PATCH', `/admin/categories/${cat.id}`, { version: cat.version, name: 'First edit' }))
        .statusCode,
    ).toBe(200);
    const stale = await call('PATCH', `/admin/categories/${cat.id}`, {
      version: cat.version,
      name: 'Second edit',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    const tree = (await call('GET', '/admin/categories')).json().items as { id: string; name: string }[];
    expect(tree.find((node) => node.id === cat.id)?.name).toBe('First edit');
  });

  it('deletes only categories without sub-categories', async () => {
    const parent = await create({ name: 'Parent to delete' });
    const child = await create({ name: 'Child to delete', parentId: parent.id });
    expect((await call('DELETE', `/admin/categories/${parent.id}`)).statusCode).toBe(409);
    expect((await call('DELETE', `/admin/categories/${child.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/admin/categories/${parent.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/admin/categories/${parent.id}`)).statusCode).toBe(404);
  });

  it('is read-only for roles without catalog:write', async () => {
    const analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/admin/categories', headers: analyst })).statusCode,
    ).toBe(200);
    const write = await ctx.app.inject({
      method: 'POST',
      url: '/admin/categories',
      headers: analyst,
      payload: { name: 'Nope' },
    });
    expect(write.statusCode).toBe(403);
  });
});
