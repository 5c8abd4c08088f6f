import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let owner: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

describe('store settings', () => {
  it('serves the public settings without authentication and without internal fields', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/store/settings' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: 'My Comptoir store',
      supportEmail: null,
      currency: 'EUR',
      defaultCountry: 'FR',
      taxDisplay: 'inclusive',
      returnWindowDays: 30,
    });
  });

  it('refuses the admin settings without a token, and with a forged one', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/admin/settings' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated', status: 401 });

    const forged = await ctx.app.inject({
      method: 'GET',
      url: '/admin/settings',
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('lets an owner change the settings, and the storefront sees the change', async () => {
    const before = await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner });
    expect(before.statusCode).toBe(200);
    const { version } = before.json<{ version: number }>();

    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner,
      payload: {
        name: '  Atelier Nord  ',
        supportEmail: 'help@atelier.example',
        timezone: 'Europe/Brussels',
        version,
      },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({
      name: 'Atelier Nord',
      timezone: 'Europe/Brussels',
      version: version + 1,
    });

    const store = await ctx.app.inject({ method: 'GET', url: '/store/settings' });
    expect(store.json()).toMatchObject({ name: 'Atelier Nord', supportEmail: 'help@atelier.example' });
  });

  it('reports every invalid field by path and changes nothing', async () => {
    const before = (await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner })).json();
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner,
      payload: {
        name: '',
        currency: 'EURO',
        defaultCountry: 'XX',
        supportEmail: 'nope',
        timezone: 'Mars/Olympus',
      },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((error) => error.path).sort()).toEqual(
      ['currency', 'defaultCountry', 'name', 'supportEmail', 'timezone'].sort(),
    );
    const after = (await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner })).json();
    expect(after).toEqual(before);
  });

  it('rejects unknown fields instead of ignoring them', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner,
      payload: { name: 'Fine', version: 999, id: 2 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toMatch(/unrecognized key/i);
  });

  it('refuses a stale version with 409 so concurrent editors never overwrite each other', async () => {
    const { version } = (
      await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner })
    ).json<{
      version: number;
    }>();
    // Five employees save at the same instant from the same version: exactly one wins.
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        ctx.app.inject({
          method: 'PATCH',
          url: '/admin/settings',
          headers: owner,
          payload: { name: `Concurrent ${n}`, version },
        }),
      ),
    );
    const statuses = attempts.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const winner = attempts.find((response) => response.statusCode === 200)?.json<{ name: string }>();
    const conflict = attempts.find((response) => response.statusCode === 409)?.json();
    expect(conflict).toMatchObject({ code: 'version_conflict' });
    const now = (await ctx.app.inject({ method: 'GET', url: '/admin/settings', headers: owner })).json();
    expect(now).toMatchObject({ name: winner?.name, version: version + 1 });
  });

  it('forbids an employee whose role lacks settings:write', async () => {
    const analyst = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: analyst.headers,
      payload: { name: 'Hijacked' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });
});
