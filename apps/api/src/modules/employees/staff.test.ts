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

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  ctx.app.inject({ method, url, headers, payload });

describe('employees', () => {
  it('lets an owner add a customer-service employee who can then sign in with exactly that role', async () => {
    const created = await call('POST', '/admin/employees', owner, {
      email: 'cs@example.test',
      firstName: 'Chloé',
      lastName: 'Service',
      role: 'customer_service',
      password: 'temporary passphrase',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      role: 'customer_service',
      roleName: 'Customer service',
      active: true,
    });
    expect(created.body).not.toMatch(/hash|passphrase/i);

    const session = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'cs@example.test', password: 'temporary passphrase' },
    });
    const headers = { authorization: `Bearer ${session.json().accessToken}` };
    expect((await call('GET', '/admin/customers', headers)).statusCode).toBe(200);
    expect((await call('GET', '/admin/settings', headers)).statusCode).toBe(403);
    expect((await call('GET', '/admin/employees', headers)).statusCode).toBe(403);

    const duplicate = await call('POST', '/admin/employees', owner, {
      email: 'CS@example.test',
      firstName: 'X',
      lastName: 'Y',
      role: 'analyst',
      password: 'temporary passphrase',
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('lists and searches employees with cursor pagination', async () => {
    const page = await call('GET', '/admin/employees?limit=1', owner);
    expect(page.statusCode).toBe(200);
    const first = page.json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(2);
    const next = await call('GET', `/admin/employees?limit=1&cursor=${first.nextCursor}`, owner);
    expect(next.json().items[0].id).not.toBe(first.items[0].id);
    const search = await call('GET', '/admin/employees?q=chlo', owner);
    expect(search.json().items.map((item: { email: string }) => item.email)).toEqual(['cs@example.test']);
    expect((await call('GET', '/admin/employees?cursor=%%%', owner)).statusCode).toBe(400);
  });

  it('deactivating or re-roling an employee signs them out at once', async () => {
    const victim = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const me = () => call('GET', '/admin/me', victim.headers);
    expect((await me()).statusCode).toBe(200);
    const { id } = (await me()).json();
    expect((await call('PATCH', `/admin/employees/${id}`, owner, { role: 'warehouse' })).statusCode).toBe(
      200,
    );
    expect((await me()).statusCode).toBe(401);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: victim.email, password: victim.password },
    });
    expect(again.json().employee.role).toBe('warehouse');
    await call('PATCH', `/admin/employees/${id}`, owner, { active: false });
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: victim.email, password: victim.password },
    });
    expect(refused.statusCode).toBe(401);
  });

  it('never leaves the store without an active owner, even when two owners step down at once', async () => {
    const other = await signInEmployee(ctx.app, ctx.database.db, 'owner');
    const ownerId = (await call('GET', '/admin/me', owner)).json().id;
    const otherId = (await call('GET', '/admin/me', other.headers)).json().id;
    const list = (await call('GET', '/admin/employees?limit=100', owner)).json().items as {
      id: string;
      role: string;
      active: boolean;
    }[];
    // Demote every other active owner first, leaving exactly these two.
    for (const employee of list) {
      if (employee.role === 'owner' && employee.active && ![ownerId, otherId].includes(employee.id)) {
        expect(
          (await call('PATCH', `/admin/employees/${employee.id}`, owner, { active: false })).statusCode,
        ).toBe(200);
      }
    }
    const [a, b] = await Promise.all([
      call('PATCH', `/admin/employees/${ownerId}`, other.headers, { role: 'administrator' }),
      call('PATCH', `/admin/employees/${otherId}`, owner, { role: 'administrator' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    // One demotion wins; the other is refused as last owner (or, if it ran second with a voided token, 401).
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    const owners = (
      await ctx.database.pool.query(
        "select count(*)::int as n from employees where role = 'owner' and active",
      )
    ).rows[0].n;
    expect(owners).toBe(1);
  });
});

describe('roles', () => {
  it('creates custom roles whose permissions apply to their holders, and keeps built-in roles read-only', async () => {
    const ownerHeaders = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
    const permissionsList = (await call('GET', '/admin/permissions', ownerHeaders)).json().items;
    expect(permissionsList.map((p: { key: string }) => p.key)).toContain('catalog:read');

    const role = await call('POST', '/admin/roles', ownerHeaders, {
      name: 'Support lead',
      permissions: ['customers:read'],
    });
    expect(role.statusCode).toBe(201);
    const roleId = role.json().id;
    const lead = await call('POST', '/admin/employees', ownerHeaders, {
      email: 'lead@example.test',
      firstName: 'Lea',
      lastName: 'Lead',
      role: roleId,
      password: 'temporary passphrase',
    });
    expect(lead.json().roleName).toBe('Support lead');
    const session = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'lead@example.test', password: 'temporary passphrase' },
    });
    const headers = { authorization: `Bearer ${session.json().accessToken}` };
    expect((await call('GET', '/admin/customers', headers)).statusCode).toBe(200);
    expect((await call('GET', '/admin/settings', headers)).statusCode).toBe(403);

    await call('PATCH', `/admin/roles/${roleId}`, ownerHeaders, {
      permissions: ['customers:read', 'settings:read'],
    });
    expect((await call('GET', '/admin/settings', headers)).statusCode).toBe(200);

    expect((await call('PATCH', '/admin/roles/owner', ownerHeaders, { name: 'Boss' })).json()).toMatchObject({
      code: 'role_built_in',
    });
    expect(
      (await call('POST', '/admin/roles', ownerHeaders, { name: 'support LEAD', permissions: [] }))
        .statusCode,
    ).toBe(409);
    const roles = (await call('GET', '/admin/roles', ownerHeaders)).json().items;
    expect(roles.find((r: { id: string }) => r.id === 'owner')).toMatchObject({ builtIn: true });
  });

  it('refuses to grant permissions the caller does not hold', async () => {
    const ownerHeaders = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
    const managerRole = (
      await call('POST', '/admin/roles', ownerHeaders, {
        name: 'People manager',
        permissions: ['employees:manage'],
      })
    ).json();
    await call('POST', '/admin/employees', ownerHeaders, {
      email: 'pm@example.test',
      firstName: 'P',
      lastName: 'M',
      role: managerRole.id,
      password: 'temporary passphrase',
    });
    const pm = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'pm@example.test', password: 'temporary passphrase' },
    });
    const headers = { authorization: `Bearer ${pm.json().accessToken}` };
    const pmId = pm.json().employee.id;
    expect((await call('PATCH', `/admin/employees/${pmId}`, headers, { role: 'owner' })).statusCode).toBe(
      403,
    );
    expect(
      (await call('POST', '/admin/roles', headers, { name: 'Sneaky', permissions: ['settings:write'] }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await call('PATCH', `/admin/roles/${managerRole.id}`, headers, {
          permissions: ['employees:manage', 'orders:refund'],
        })
      ).statusCode,
    ).toBe(403);
    expect((await call('GET', '/admin/me', headers)).json().role).toBe(managerRole.id);
  });
});
