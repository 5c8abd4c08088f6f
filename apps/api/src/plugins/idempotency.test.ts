import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { signInEmployee } from '../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };
let other: { authorization: string };
let slowCalls = 0;

beforeAll(async () => {
  ctx = await buildTestApp({ ready: false });
  // A guest route that takes its time and needs a key, as checkout will.
  ctx.app.post(
    '/store/test-slow/:id',
    { config: { idempotency: 'required' }, schema: { hide: true } },
    async (_request, reply) => {
      slowCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return reply.code(201).send({ call: slowCalls });
    },
  );
  await ctx.app.ready();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  other = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
});
afterAll(async () => ctx.close());

const product = (sku: string) => ({ title: `Idempotent ${sku}`, variants: [{ sku, price: 1000 }] });
const create = (key: string | undefined, body: object, headers = manager) =>
  ctx.app.inject({
    method: 'POST',
    url: '/admin/products',
    headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });
const countProducts = async (sku: string) =>
  (
    await ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from product_variants where sku = ${sku}`,
    )
  ).rows[0]?.n;

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and request, without doing it twice', async () => {
    const first = await create('key-replay-1', product('IDEM-1'));
    expect(first.statusCode, first.body).toBe(201);
    const again = await create('key-replay-1', product('IDEM-1'));
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await countProducts('IDEM-1')).toBe(1);
    // Without a key, the same request runs again (and meets the taken SKU).
    expect((await create(undefined, product('IDEM-1'))).statusCode).toBe(400);
  });

  it('refuses the same key for another request with 422', async () => {
    await create('key-mismatch', product('IDEM-2'));
    const reused = await create('key-mismatch', product('IDEM-3'));
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await countProducts('IDEM-3')).toBe(0);
  });

  it('creates exactly one product for 10 concurrent identical requests', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => create('key-race', product('IDEM-RACE'))),
    );
    const created = responses.filter((response) => response.statusCode === 201);
    const retryable = responses.filter((response) => response.statusCode === 409);
    expect(created.length + retryable.length).toBe(10);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((response) => response.json().id)).size).toBe(1);
    for (const response of retryable) expect(response.json().code).toBe('idempotency_in_progress');
    expect(await countProducts('IDEM-RACE')).toBe(1);
  });

  it('keeps keys apart per caller', async () => {
    await create('key-shared', product('IDEM-4'));
    const otherCaller = await create('key-shared', product('IDEM-5'), other);
    expect(otherCaller.statusCode).toBe(201);
    expect(otherCaller.headers['idempotent-replayed']).toBeUndefined();
  });

  it('releases the key when the request fails in a way a retry can fix', async () => {
    // A validation error (no variants) does not burn the key: the corrected request runs under it.
    const invalid = await create('key-fix', { title: 'No variants', variants: [] });
    expect(invalid.statusCode).toBe(400);
    const conflict = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: {
        ...(await signInEmployee(ctx.app, ctx.database.db)).headers,
        'idempotency-key': 'key-stale',
      },
      payload: { version: 999, name: 'Stale' },
    });
    expect(conflict.statusCode).toBe(409);
    const rows = await ctx.database.db.execute<{ key: string }>(
      sql`select key from idempotency_keys where key in ('key-fix', 'key-stale')`,
    );
    expect(rows.rows).toEqual([]);
  });

  it('makes a duplicate wait for the first request and replay it; a route can require a key', async () => {
    const missing = await ctx.app.inject({ method: 'POST', url: '/store/test-slow/cart_1', payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('idempotency_key_required');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/store/test-slow/cart_1',
      headers: { 'idempotency-key': 'has spaces' },
      payload: {},
    });
    expect(bad.statusCode).toBe(400);

    const before = slowCalls;
    const send = (url: string) =>
      ctx.app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'guest-key' }, payload: { a: 1 } });
    const [one, two] = await Promise.all([send('/store/test-slow/cart_1'), send('/store/test-slow/cart_1')]);
    expect([one.statusCode, two.statusCode]).toEqual([201, 201]);
    expect(one.json()).toEqual(two.json());
    expect(slowCalls).toBe(before + 1);
    // A guest's key is bound to the path: the same key on another cart is another operation.
    const otherCart = await send('/store/test-slow/cart_2');
    expect(otherCart.statusCode).toBe(201);
    expect(slowCalls).toBe(before + 2);
  });
});

describe('expiry', () => {
  it('purges keys past their replay window, and a stale key is claimed afresh', async () => {
    const { purgeExpiredKeys } = await import('../modules/idempotency/idempotency.service');
    await create('key-old', product('IDEM-OLD'));
    await ctx.database.db.execute(
      sql`update idempotency_keys set expires_at = now() - interval '1 second' where key = 'key-old'`,
    );
    // Expired: the same key now means a new operation (here it meets the SKU the first one took).
    expect((await create('key-old', product('IDEM-OLD'))).statusCode).toBe(400);
    await create('key-old-2', product('IDEM-OLD-2'));
    await ctx.database.db.execute(
      sql`update idempotency_keys set expires_at = now() - interval '1 second' where key = 'key-old-2'`,
    );
    expect(await purgeExpiredKeys(ctx.database.db)).toBeGreaterThanOrEqual(1);
    const left = await ctx.database.db.execute(sql`select key from idempotency_keys where key = 'key-old-2'`);
    expect(left.rows).toEqual([]);
  });
});
