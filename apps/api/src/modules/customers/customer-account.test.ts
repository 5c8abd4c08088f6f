import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer, type SignedInCustomer, signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let alice: SignedInCustomer;
let bob: SignedInCustomer;

beforeAll(async () => {
  ctx = await buildTestApp();
  alice = await registerCustomer(ctx.app);
  bob = await registerCustomer(ctx.app);
});
afterAll(async () => ctx.close());

const address = {
  firstName: 'Alice',
  lastName: 'Durand',
  line1: '12 rue des Lilas',
  city: 'Lyon',
  postalCode: '69003',
  country: 'FR',
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, who: { headers: Record<string, string> }, payload?: object) =>
  ctx.app.inject({ method, url, headers: who.headers, payload });

describe('profile', () => {
  it('shows and changes only my own profile, ignoring nothing silently', async () => {
    const me = await call('GET', '/store/me', alice);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: alice.id, email: alice.email, phone: null });

    const patched = await call('PATCH', '/store/me', alice, {
      firstName: 'Alicia',
      phone: '+33 6 12 34 56 78',
    });
    expect(patched.json()).toMatchObject({ firstName: 'Alicia', phone: '+33 6 12 34 56 78' });

    for (const field of [
      { email: 'hijack@example.test' },
      { id: bob.id },
      { status: 'disabled' },
      { passwordHash: 'x' },
    ]) {
      const response = await call('PATCH', '/store/me', alice, field);
      expect(response.statusCode, JSON.stringify(field)).toBe(400);
    }
    expect((await call('GET', '/store/me', alice)).json().email).toBe(alice.email);
  });

  it('changes the password only with the current one, ending other sessions but not this one', async () => {
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      payload: { email: bob.email, password: bob.password },
    });
    const otherCookie = `comptoir_refresh=${other.cookies.find((c) => c.name === 'comptoir_refresh')?.value}`;

    // As in a browser: the refresh cookie (path /store/auth) is not sent to /store/me/password.
    const wrong = await ctx.app.inject({
      method: 'PUT',
      url: '/store/me/password',
      headers: bob.headers,
      payload: { currentPassword: 'nope nope nope', newPassword: 'my new long passphrase' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);

    const changed = await ctx.app.inject({
      method: 'PUT',
      url: '/store/me/password',
      headers: bob.headers,
      payload: { currentPassword: bob.password, newPassword: 'my new long passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    const refresh = (cookie: string) =>
      ctx.app.inject({ method: 'POST', url: '/store/auth/refresh', headers: { cookie } });
    expect((await refresh(otherCookie)).statusCode).toBe(401);
    const kept = await refresh(bob.cookie);
    expect(kept.statusCode).toBe(200);
    bob.cookie = `comptoir_refresh=${kept.cookies.find((c) => c.name === 'comptoir_refresh')?.value}`;
    bob.password = 'my new long passphrase';
  });
});

describe('address book', () => {
  it('adds, lists, edits and deletes my addresses with one default of each kind', async () => {
    const first = await call('POST', '/store/me/addresses', alice, { ...address, isDefaultShipping: true });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      ...address,
      company: null,
      isDefaultShipping: true,
      isDefaultBilling: false,
    });

    const second = await call('POST', '/store/me/addresses', alice, {
      ...address,
      line1: '3 quai Perrache',
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
    const list = (await call('GET', '/store/me/addresses', alice)).json().items;
    expect(
      list.map((a: { line1: string; isDefaultShipping: boolean }) => [a.line1, a.isDefaultShipping]),
    ).toEqual([
      ['12 rue des Lilas', false],
      ['3 quai Perrache', true],
    ]);

    const edited = await call('PATCH', `/store/me/addresses/${first.json().id}`, alice, {
      city: 'Villeurbanne',
      line2: '',
    });
    expect(edited.json()).toMatchObject({ city: 'Villeurbanne', line2: null });

    expect((await call('DELETE', `/store/me/addresses/${second.json().id}`, alice)).statusCode).toBe(204);
    expect((await call('GET', '/store/me/addresses', alice)).json().items).toHaveLength(1);
  });

  it('reports invalid fields by path', async () => {
    const response = await call('POST', '/store/me/addresses', alice, {
      ...address,
      country: 'XX',
      postalCode: '',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['country', 'postalCode']);
  });

  it('keeps exactly one default under concurrent writes', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        call('POST', '/store/me/addresses', bob, {
          ...address,
          line1: `${n} avenue Foch`,
          isDefaultBilling: true,
        }),
      ),
    );
    expect(results.every((response) => response.statusCode === 201)).toBe(true);
    const items = (await call('GET', '/store/me/addresses', bob)).json().items as {
      isDefaultBilling: boolean;
    }[];
    expect(items.filter((item) => item.isDefaultBilling)).toHaveLength(1);
  });
});

describe('isolation between callers', () => {
  it("answers 404 (not 403) for another customer's address, and changes nothing", async () => {
    const bobsAddress = (
      await call('POST', '/store/me/addresses', bob, { ...address, firstName: 'Bob' })
    ).json();
    const read = await call('PATCH', `/store/me/addresses/${bobsAddress.id}`, alice, { city: 'Paris' });
    expect(read.statusCode).toBe(404);
    expect((await call('DELETE', `/store/me/addresses/${bobsAddress.id}`, alice)).statusCode).toBe(404);
    const bobs = (await call('GET', '/store/me/addresses', bob)).json().items as {
      id: string;
      city: string;
    }[];
    expect(bobs.find((item) => item.id === bobsAddress.id)?.city).toBe('Lyon');
    const alices = (await call('GET', '/store/me/addresses', alice)).json().items as { id: string }[];
    expect(alices.map((item) => item.id)).not.toContain(bobsAddress.id);
  });

  it('refuses customer tokens on the Admin API and employee tokens on the Store API', async () => {
    expect((await call('GET', '/admin/settings', alice)).statusCode).toBe(401);
    const employee = await signInEmployee(ctx.app, ctx.database.db);
    expect((await call('GET', '/store/me', employee)).statusCode).toBe(401);
  });

  it('refuses missing, tampered, unsigned (alg none) and expired tokens', async () => {
    const token = alice.headers.authorization.slice('Bearer '.length);
    const [header, payload] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: bob.id, kind: 'customer', aud: 'comptoir-store' }),
    ).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const expired = ctx.app.jwt.store.sign({ sub: alice.id, kind: 'customer' }, {
      clockTimestamp: Date.now() - 3_600_000,
    } as never);
    const expiredClaims = JSON.parse(Buffer.from(expired.split('.')[1] ?? '', 'base64url').toString());
    expect(expiredClaims.exp * 1000).toBeLessThan(Date.now());
    const attempts = {
      missing: {},
      tampered: { authorization: `Bearer ${header}.${forged}.${token.split('.')[2]}` },
      algNone: { authorization: `Bearer ${none}.${payload}.` },
      expired: { authorization: `Bearer ${expired}` },
    };
    for (const [name, headers] of Object.entries(attempts)) {
      const response = await ctx.app.inject({ method: 'GET', url: '/store/me', headers });
      expect(response.statusCode, name).toBe(401);
    }
  });

  it('never returns a password hash or a token hash', async () => {
    const bodies = await Promise.all([
      call('GET', '/store/me', alice),
      call('GET', '/store/me/addresses', alice),
      ctx.app.inject({ method: 'POST', url: '/store/auth/refresh', headers: { cookie: bob.cookie } }),
    ]);
    for (const response of bodies) expect(response.body).not.toMatch(/hash|\$argon2/i);
  });
});
