import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let owner: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

const createKey = (payload: object, headers = owner) =>
  ctx.app.inject({ method: 'POST', url: '/admin/api-keys', headers, payload });

describe('API keys', () => {
  it('shows the secret once, stores it hashed, and acts with exactly its permissions', async () => {
    const created = await createKey({ name: 'ERP sync', permissions: ['customers:read'] });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json<{ apiKey: { id: string; prefix: string }; secret: string }>();
    expect(secret).toMatch(/^ck_/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const list = await ctx.app.inject({ method: 'GET', url: '/admin/api-keys', headers: owner });
    expect(list.body).not.toContain(secret);
    const stored = await ctx.database.pool.query('select key_hash from api_keys');
    expect(JSON.stringify(stored.rows)).not.toContain(secret);

    const asKey = { authorization: `Bearer ${secret}` };
    await registerCustomer(ctx.app);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/admin/customers', headers: asKey })).statusCode,
    ).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: asKey })).statusCode).toBe(
      403,
    );
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/me', headers: asKey })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/store/me', headers: asKey })).statusCode).toBe(401);

    const used = (await ctx.app.inject({ method: 'GET', url: '/admin/api-keys', headers: owner })).json()
      .items;
    expect(used.find((key: { id: string }) => key.id === apiKey.id).lastUsedAt).not.toBeNull();

    expect(
      (await ctx.app.inject({ method: 'DELETE', url: `/admin/api-keys/${apiKey.id}`, headers: owner }))
        .statusCode,
    ).toBe(204);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/admin/customers', headers: asKey })).statusCode,
    ).toBe(401);
  });

  it('refuses expired keys, past expiries and permissions the creator lacks', async () => {
    expect(
      (await createKey({ name: 'Old', permissions: ['stats:read'], expiresAt: '2000-01-01T00:00:00Z' }))
        .statusCode,
    ).toBe(400);
    const soon = await createKey({
      name: 'Soon',
      permissions: ['stats:read'],
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const { apiKey, secret } = soon.json();
    await ctx.database.pool.query(
      "update api_keys set expires_at = now() - interval '1 second' where id = $1",
      [apiKey.id],
    );
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/admin/api-keys',
          headers: { authorization: `Bearer ${secret}` },
        })
      ).statusCode,
    ).toBe(401);

    const integrator = await createKey({ name: 'Integrator admin', permissions: ['integrations:manage'] });
    const asIntegrator = { authorization: `Bearer ${integrator.json().secret}` };
    expect(
      (await createKey({ name: 'Escalate', permissions: ['settings:write'] }, asIntegrator)).statusCode,
    ).toBe(403);
    expect(
      (await createKey({ name: 'Same', permissions: ['integrations:manage'] }, asIntegrator)).statusCode,
    ).toBe(201);
  });
});
