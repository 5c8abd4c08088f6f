import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { refreshCookieOf, registerCustomer } from '../../../test/factories';
import { listMailTo } from '../mail';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers });

async function waitForMail(to: string, template: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [mail] = await listMailTo(ctx.database.db, to, template);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${template} mail to ${to}`);
}

describe('customer registration', () => {
  it('creates the account, signs in with an httpOnly refresh cookie and sends the welcome email', async () => {
    const response = await post('/store/auth/register', {
      email: 'ana@example.test',
      password: 'correct horse battery',
      firstName: 'Ana',
      lastName: 'Lopes',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ expiresIn: 900, customer: { email: 'ana@example.test', firstName: 'Ana' } });
    expect(body.customer.id).toMatch(/^cus_/);
    expect(response.body).not.toMatch(/hash|argon/i);
    const cookie = response.cookies.find((candidate) => candidate.name === 'comptoir_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/store/auth' });
    expect(response.body).not.toContain(cookie?.value);
    const welcome = await waitForMail('ana@example.test', 'welcome');
    expect(welcome.subject).toBe('Welcome to My Comptoir store');
    expect(welcome.textBody).toContain('http://localhost:3001/account');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const response = await post('/store/auth/register', {
      email: 'ANA@Example.test',
      password: 'another long password',
      firstName: 'Ana',
      lastName: 'Bis',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'email_taken' });
  });

  it('refuses weak passwords and unknown fields (no mass assignment)', async () => {
    const weak = await post('/store/auth/register', {
      email: 'weak@example.test',
      password: '1234567890',
      firstName: 'W',
      lastName: 'K',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([{ path: 'password', message: expect.stringMatching(/too common/) }]);
    const sneaky = await post('/store/auth/register', {
      email: 'sneaky@example.test',
      password: 'a perfectly fine password',
      firstName: 'S',
      lastName: 'N',
      status: 'active',
      passwordHash: 'x',
    });
    expect(sneaky.statusCode).toBe(400);
    expect((await listMailTo(ctx.database.db, 'sneaky@example.test')).length).toBe(0);
  });
});

describe('customer sign-in and sessions', () => {
  it('answers a wrong password and an unknown email identically', async () => {
    const customer = await registerCustomer(ctx.app);
    const wrong = await post('/store/auth/login', { email: customer.email, password: 'not the password' });
    const unknown = await post('/store/auth/login', {
      email: 'ghost@example.test',
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    const ok = await post('/store/auth/login', {
      email: customer.email.toUpperCase(),
      password: customer.password,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('rotates the refresh token; a replayed old token ends the whole session family', async () => {
    const customer = await registerCustomer(ctx.app);
    const first = await post('/store/auth/refresh', undefined, { cookie: customer.cookie });
    expect(first.statusCode).toBe(200);
    const second = refreshCookieOf(first);
    expect(second).not.toBe(customer.cookie);

    // Replayed at once (two tabs racing): served too, in the same session, and the newer token still works.
    const racing = await post('/store/auth/refresh', undefined, { cookie: customer.cookie });
    expect(racing.statusCode).toBe(200);
    expect(refreshCookieOf(racing)).not.toBe(second);
    const third = await post('/store/auth/refresh', undefined, { cookie: second });
    expect(third.statusCode).toBe(200);

    // Replayed a minute later: a stolen token. The whole family ends, the legitimate token too.
    await ctx.database.db.execute(sql`update auth_sessions set rotated_at = now() - interval '1 minute'
      where subject_id = ${customer.id} and rotated_at is not null`);
    expect((await post('/store/auth/refresh', undefined, { cookie: second })).statusCode).toBe(401);
    expect(
      (await post('/store/auth/refresh', undefined, { cookie: refreshCookieOf(third) })).statusCode,
    ).toBe(401);
  });

  it('signs out: the refresh cookie stops working', async () => {
    const customer = await registerCustomer(ctx.app);
    const logout = await post('/store/auth/logout', undefined, { cookie: customer.cookie });
    expect(logout.statusCode).toBe(204);
    expect((await post('/store/auth/refresh', undefined, { cookie: customer.cookie })).statusCode).toBe(401);
    expect((await post('/store/auth/refresh')).statusCode).toBe(401);
  });

  it('serves concurrent refreshes with one cookie (several tabs) with a distinct new token each', async () => {
    const customer = await registerCustomer(ctx.app);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => post('/store/auth/refresh', undefined, { cookie: customer.cookie })),
    );
    expect(results.map((response) => response.statusCode)).toEqual([200, 200, 200, 200]);
    expect(new Set(results.map(refreshCookieOf)).size).toBe(4);
    const sessions = await ctx.database.pool.query<{ families: number; rows: number }>(
      'select count(distinct family_id)::int as families, count(*)::int as rows from auth_sessions where subject_id = $1',
      [customer.id],
    );
    expect(sessions.rows[0]).toEqual({ families: 1, rows: 5 });
  });
});

describe('password reset', () => {
  it('always answers 202, and emails a single-use link only to an existing account', async () => {
    const customer = await registerCustomer(ctx.app);
    const unknown = await post('/store/auth/password-reset', { email: 'nobody-here@example.test' });
    const known = await post('/store/auth/password-reset', { email: customer.email });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);

    const mail = await waitForMail(customer.email, 'password_reset');
    const token = decodeURIComponent(/token=([^\s"&]+)/.exec(mail.textBody)?.[1] ?? '');
    expect(token.length).toBeGreaterThan(20);
    expect(await listMailTo(ctx.database.db, 'nobody-here@example.test')).toEqual([]);

    const confirm = await post('/store/auth/password-reset/confirm', {
      token,
      password: 'a brand new passphrase',
    });
    expect(confirm.statusCode).toBe(204);
    const again = await post('/store/auth/password-reset/confirm', {
      token,
      password: 'yet another passphrase',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_token_invalid' });

    expect(
      (await post('/store/auth/login', { email: customer.email, password: customer.password })).statusCode,
    ).toBe(401);
    expect(
      (await post('/store/auth/login', { email: customer.email, password: 'a brand new passphrase' }))
        .statusCode,
    ).toBe(200);
    // Every earlier session ended with the reset.
    expect((await post('/store/auth/refresh', undefined, { cookie: customer.cookie })).statusCode).toBe(401);
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account (429 with Retry-After) without blocking other accounts', async () => {
    const limited = await buildTestApp({ config: { authRateLimit: { perIp: 100, perAccount: 3 } } });
    try {
      const attempt = (email: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/store/auth/login',
          payload: { email, password: 'guess guess' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt('target@example.test')).statusCode).toBe(401);
      const blocked = await attempt('TARGET@example.test');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json()).toMatchObject({ code: 'rate_limited' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await attempt('someone-else@example.test')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('limits attempts per IP across accounts', async () => {
    const limited = await buildTestApp({ config: { authRateLimit: { perIp: 4, perAccount: 100 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/store/auth/password-reset',
          payload: { email: `spray-${i}@example.test` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([202, 202, 202, 202, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
