import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const cookieOf = (response: { cookies: { name: string; value: string }[] }) =>
  `comptoir_admin_refresh=${response.cookies.find((cookie) => cookie.name === 'comptoir_admin_refresh')?.value}`;
const login = (payload: object) => ctx.app.inject({ method: 'POST', url: '/admin/auth/login', payload });
const refresh = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/admin/auth/refresh', headers: { cookie } });

describe('employee sessions', () => {
  it('sets an httpOnly refresh cookie on sign-in and rotates it on refresh', async () => {
    const { email, password } = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const response = await login({ email, password });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((candidate) => candidate.name === 'comptoir_admin_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin/auth' });
    const renewed = await refresh(cookieOf(response));
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().employee).toMatchObject({ email, role: 'analyst', roleName: 'Analyst' });
    expect(renewed.body).not.toMatch(/tokenVersion|hash/i);
  });

  it('signs out everywhere: other sessions and already-issued access tokens stop working at once', async () => {
    const { email, password } = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const laptop = await login({ email, password });
    const phone = await login({ email, password });
    const phoneToken = { authorization: `Bearer ${phone.json().accessToken}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/me', headers: phoneToken })).statusCode).toBe(
      200,
    );

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/admin/auth/logout-all',
      headers: { authorization: `Bearer ${laptop.json().accessToken}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/me', headers: phoneToken })).statusCode).toBe(
      401,
    );
    expect((await refresh(cookieOf(phone))).statusCode).toBe(401);
    expect((await refresh(cookieOf(laptop))).statusCode).toBe(401);
    expect((await login({ email, password })).statusCode).toBe(200);
  });

  it('throttles sign-in per account', async () => {
    const limited = await buildTestApp({ config: { authRateLimit: { perIp: 100, perAccount: 2 } } });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/admin/auth/login',
          payload: { email: 'boss@example.test', password: 'guess guess' },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('two-factor authentication', () => {
  it('asks for a code once on, accepts a TOTP code or a single-use recovery code, and can be turned off', async () => {
    const { email, password, headers } = await signInEmployee(ctx.app, ctx.database.db, 'warehouse');
    const setup = await ctx.app.inject({ method: 'POST', url: '/admin/me/two-factor/setup', headers });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });

    const wrongEnable = await ctx.app.inject({
      method: 'POST',
      url: '/admin/me/two-factor/enable',
      headers,
      payload: { code: '000000' === totp.generate() ? '111111' : '000000' },
    });
    expect(wrongEnable.statusCode).toBe(400);
    const enabled = await ctx.app.inject({
      method: 'POST',
      url: '/admin/me/two-factor/enable',
      headers,
      payload: { code: totp.generate({ timestamp: Date.now() - 30_000 }) },
    });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);

    expect((await login({ email, password })).json()).toMatchObject({ code: 'otp_required' });
    expect((await login({ email, password, otp: '12345' })).json()).toMatchObject({ code: 'otp_invalid' });
    const code = totp.generate();
    expect((await login({ email, password, otp: code })).statusCode).toBe(200);
    // The same code a second time (intercepted, shoulder-surfed) is refused.
    expect((await login({ email, password, otp: code })).json()).toMatchObject({ code: 'otp_invalid' });
    const recovery = recoveryCodes[0] ?? '';
    expect((await login({ email, password, otp: recovery })).statusCode).toBe(200);
    expect((await login({ email, password, otp: recovery })).json()).toMatchObject({ code: 'otp_invalid' });

    const off = await ctx.app.inject({
      method: 'POST',
      url: '/admin/me/two-factor/disable',
      headers,
      payload: { code: totp.generate({ timestamp: Date.now() + 30_000 }) },
    });
    expect(off.statusCode).toBe(204);
    expect((await login({ email, password })).statusCode).toBe(200);
  });

  it('keeps the TOTP secret sealed in the database', async () => {
    const { headers } = await signInEmployee(ctx.app, ctx.database.db, 'warehouse');
    const { secret } = (
      await ctx.app.inject({ method: 'POST', url: '/admin/me/two-factor/setup', headers })
    ).json();
    const rows = await ctx.database.pool.query<{ two_factor_secret: string }>(
      'select two_factor_secret from employees where two_factor_secret is not null',
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) expect(row.two_factor_secret).not.toContain(secret);
  });
});

describe('mandatory two-factor authentication', () => {
  const enableFor = async (headers: Record<string, string>) => {
    const { secret } = (
      await ctx.app.inject({ method: 'POST', url: '/admin/me/two-factor/setup', headers })
    ).json();
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    const enabled = await ctx.app.inject({
      method: 'POST',
      url: '/admin/me/two-factor/enable',
      headers,
      payload: { code: totp.generate() },
    });
    expect(enabled.statusCode).toBe(200);
  };

  it('when the owner requires it, an employee without it can only reach their own account until they turn it on', async () => {
    const owner = await signInEmployee(ctx.app, ctx.database.db, 'owner');
    const analyst = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const require2fa = (value: boolean) =>
      ctx.app.inject({
        method: 'PATCH',
        url: '/admin/settings',
        headers: owner.headers,
        payload: { requireEmployeeTwoFactor: value },
      });
    // Requiring it without having it would lock the owner out of this very setting.
    expect((await require2fa(true)).json()).toMatchObject({ code: 'conflict' });
    await enableFor(owner.headers);
    expect((await require2fa(true)).statusCode).toBe(200);
    try {
      const customers = () =>
        ctx.app.inject({ method: 'GET', url: '/admin/customers', headers: analyst.headers });
      const blocked = await customers();
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json()).toMatchObject({ code: 'two_factor_required' });
      expect(
        (await ctx.app.inject({ method: 'GET', url: '/admin/me', headers: analyst.headers })).statusCode,
      ).toBe(200);
      await enableFor(analyst.headers);
      expect((await customers()).statusCode).toBe(200);
    } finally {
      expect((await require2fa(false)).statusCode).toBe(200);
    }
  });
});
