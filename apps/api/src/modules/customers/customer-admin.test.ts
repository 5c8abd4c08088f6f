import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';
import { iterateCustomers } from './customers.service';

let ctx: TestContext;
let service: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  service = (await signInEmployee(ctx.app, ctx.database.db, 'customer_service')).headers;
});
afterAll(async () => ctx.close());

describe('customers in the back-office', () => {
  it('searches, shows a customer with addresses, and disabling ends their access at once', async () => {
    const zoe = await registerCustomer(ctx.app, { email: 'zoe_underscore@example.test' });
    await registerCustomer(ctx.app);
    await ctx.app.inject({
      method: 'POST',
      url: '/store/me/addresses',
      headers: zoe.headers,
      payload: {
        firstName: 'Zoé',
        lastName: 'M',
        line1: '1 rue A',
        city: 'Nantes',
        postalCode: '44000',
        country: 'FR',
      },
    });

    const search = await ctx.app.inject({
      method: 'GET',
      url: '/admin/customers?q=underscore',
      headers: service,
    });
    expect(search.json().items.map((c: { email: string }) => c.email)).toEqual([
      'zoe_underscore@example.test',
    ]);
    const wildcard = await ctx.app.inject({ method: 'GET', url: '/admin/customers?q=_', headers: service });
    expect(wildcard.json().total).toBe(1);

    const detail = await ctx.app.inject({
      method: 'GET',
      url: `/admin/customers/${zoe.id}`,
      headers: service,
    });
    expect(detail.json()).toMatchObject({
      email: zoe.email,
      status: 'active',
      addresses: [{ city: 'Nantes' }],
    });
    expect(detail.body).not.toMatch(/hash/i);

    const disabled = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/customers/${zoe.id}`,
      headers: service,
      payload: { status: 'disabled' },
    });
    expect(disabled.json().status).toBe('disabled');
    expect((await ctx.app.inject({ method: 'GET', url: '/store/me', headers: zoe.headers })).statusCode).toBe(
      401,
    );
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/store/auth/refresh', headers: { cookie: zoe.cookie } }))
        .statusCode,
    ).toBe(401);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      payload: { email: zoe.email, password: zoe.password },
    });
    expect(login.statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/admin/customers/cus_nope', headers: service }))
        .statusCode,
    ).toBe(404);
  });

  it('exports customers as CSV in batches, without secrets', async () => {
    const first = await registerCustomer(ctx.app, { email: 'export-a@example.test' });
    const second = await registerCustomer(ctx.app, { email: 'export-b@example.test' });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/admin/customers/export.csv?q=export-',
      headers: service,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('id,email,first_name,last_name,phone,status,created_at');
    expect(rows.map((row) => row.split(',').slice(0, 2))).toEqual([
      [second.id, 'export-b@example.test'],
      [first.id, 'export-a@example.test'],
    ]);
    expect(response.body).not.toMatch(/argon2|\$argon/);
    const batches: string[][] = [];
    for await (const batch of iterateCustomers(ctx.database.db, { q: 'export-' }, 1))
      batches.push(batch.map((row) => row.id));
    expect(batches).toEqual([[second.id], [first.id]]);
  });
});
