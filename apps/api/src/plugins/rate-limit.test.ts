import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { signInEmployee } from '../../test/factories';

let ctx: TestContext;
let apiKey: string;
const office = '203.0.113.7';

beforeAll(async () => {
  ctx = await buildTestApp({ config: { apiRateLimit: { perKey: 3, perIp: 6 } } });
  // Two requests from the test's own address: sign-in and key creation.
  const owner = await signInEmployee(ctx.app, ctx.database.db);
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: owner.headers,
    payload: { name: 'ERP', permissions: ['catalog:read'] },
  });
  expect(created.statusCode, created.body).toBe(201);
  apiKey = created.json<{ secret: string }>().secret;
});
afterAll(async () => ctx.close());

const get = (url: string, options: { key?: string; ip?: string } = {}) =>
  ctx.app.inject({
    method: 'GET',
    url,
    remoteAddress: options.ip ?? office,
    headers: options.key ? { authorization: `Bearer ${options.key}` } : {},
  });

describe('API rate limits', () => {
  it('counts each API key on its own, with RateLimit headers, then answers 429 problems', async () => {
    const answers = [];
    for (let call = 0; call < 4; call++) answers.push(await get('/admin/products', { key: apiKey }));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers['ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(answers[0]?.headers['ratelimit-limit']).toBe('3');
    expect(Number(answers[0]?.headers['ratelimit-reset'])).toBeGreaterThan(0);
    const refused = answers[3];
    expect(refused?.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused?.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('counts everyone else per client IP: one busy address does not block another', async () => {
    // The key's requests above came from the same address but did not count against it.
    const fromOffice = [];
    for (let call = 0; call < 7; call++) fromOffice.push((await get('/store/settings')).statusCode);
    expect(fromOffice).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect((await get('/store/settings', { ip: '198.51.100.20' })).statusCode).toBe(200);
    // Health probes and the documents are not API traffic.
    expect((await get('/health/live')).statusCode).toBe(200);
  });
});
