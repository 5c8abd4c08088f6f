import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { ensureOwner } from './employees.service';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

describe('employee sign-in', () => {
  it('signs in an owner created from configuration, case-insensitively on the email', async () => {
    expect(
      await ensureOwner(ctx.database.db, { email: 'Boss@Example.test', password: 'a-long-password' }),
    ).toBe(true);
    expect(
      await ensureOwner(ctx.database.db, { email: 'other@example.test', password: 'another-password' }),
    ).toBe(false);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'boss@example.test', password: 'a-long-password' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ expiresIn: 900, employee: { email: 'Boss@Example.test', role: 'owner' } });
    expect(body.employee.permissions).toContain('settings:write');
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|argon2/);

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/admin/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body.employee);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrongPassword = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'boss@example.test', password: 'not-the-password' },
    });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'nobody@example.test', password: 'not-the-password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrongPassword.json())).toEqual(strip(unknown.json()));
    expect(wrongPassword.json()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('lets any signed-in employee read their own profile', async () => {
    const warehouse = await signInEmployee(ctx.app, ctx.database.db, 'warehouse');
    const me = await ctx.app.inject({ method: 'GET', url: '/admin/me', headers: warehouse.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      role: 'warehouse',
      permissions: ['inventory:write', 'catalog:read', 'orders:read'],
    });
  });
});
