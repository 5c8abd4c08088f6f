import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { signInEmployee } from '../../test/factories';
import { type BuiltInRole, builtInRoles, type Permission } from '../modules/employees';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const concreteUrl = (url: string) => url.replace(/:[A-Za-z]+/g, 'x_1');
const adminRoutes = () =>
  ctx.app.routeTable.filter((route) => route.url === '/admin' || route.url.startsWith('/admin/'));

function roleLacking(permission: Permission): BuiltInRole | undefined {
  return (Object.keys(builtInRoles) as BuiltInRole[]).find(
    (role) => !(builtInRoles[role] as readonly Permission[]).includes(permission),
  );
}

describe('admin route permissions', () => {
  it('every admin route declares a permission or is explicitly public', () => {
    const routes = adminRoutes();
    expect(routes.length).toBeGreaterThan(0);
    const undeclared = routes.filter((route) => !route.config.permission && !route.config.public);
    expect(undeclared).toEqual([]);
  });

  it('refuses to build an app with an admin route that declares no permission', async () => {
    const other = await buildTestApp({ ready: false });
    try {
      expect(() => other.app.get('/admin/oops', async () => 'open door')).toThrow(/declares no permission/);
    } finally {
      await other.close();
    }
  });

  it('answers 401 without a token and 403 for a role lacking the permission, on every admin route', async () => {
    const sessions = new Map<BuiltInRole, { authorization: string }>();
    const checked: string[] = [];
    for (const route of adminRoutes()) {
      if (route.config.public) continue;
      const url = concreteUrl(route.url);
      const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const anonymous = await ctx.app.inject({ method, url });
      expect(anonymous.statusCode, `${method} ${url} without a token`).toBe(401);

      const permission = route.config.permission;
      if (!permission || permission === 'self') continue;
      const role = roleLacking(permission);
      if (!role) continue;
      let headers = sessions.get(role);
      if (!headers) {
        headers = (await signInEmployee(ctx.app, ctx.database.db, role)).headers;
        sessions.set(role, headers);
      }
      const forbidden = await ctx.app.inject({ method, url, headers, payload: {} });
      expect(forbidden.statusCode, `${method} ${url} as ${role}`).toBe(403);
      checked.push(`${method} ${route.url}`);
    }
    expect(checked).toContain('PATCH /admin/settings');
  });

  it('does not accept a token signed for another audience', async () => {
    const token = ctx.app.jwt.admin.sign({ sub: 'emp_x', kind: 'employee' }, { aud: 'comptoir-store' });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/admin/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(401);
  });

  it('refuses tampered, unsigned (alg none) and expired employee tokens', async () => {
    const { headers } = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const token = headers.authorization.slice('Bearer '.length);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const promoted = Buffer.from(JSON.stringify({ ...claims, sub: 'emp_someone_else' })).toString(
      'base64url',
    );
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const expired = ctx.app.jwt.admin.sign({ sub: claims.sub, kind: 'employee', ver: claims.ver }, {
      clockTimestamp: Date.now() - 3_600_000,
    } as never);
    for (const [name, credential] of Object.entries({
      tampered: `${header}.${promoted}.${signature}`,
      algNone: `${none}.${payload}.`,
      expired,
    })) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/admin/me',
        headers: { authorization: `Bearer ${credential}` },
      });
      expect(response.statusCode, name).toBe(401);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/me', headers })).statusCode).toBe(200);
  });
});
