import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { signInEmployee } from '../../test/factories';

let ctx: TestContext;
let owner: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp({ ready: false });
  // Test-only routes, kept out of the OpenAPI document (and so out of the response-contract check).
  ctx.app.get('/test/boom', { schema: { hide: true } }, async () => {
    throw new Error('secret connection string postgres://user:hunter2@db');
  });
  ctx.app.post(
    '/test/echo',
    { schema: { hide: true, body: z.strictObject({ n: z.number().int() }) } },
    async (request) => request.body,
  );
  await ctx.app.ready();
  owner = (await signInEmployee(ctx.app, ctx.database.db)).headers;
});
afterAll(async () => ctx.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    code,
    type: expect.stringContaining('/problems/'),
    title: expect.any(String),
  });
  expect(typeof body.detail).toBe('string');
  return body;
}

describe('problem details', () => {
  it('renders an unknown path as 404', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/store/nothing-here' }), 404, 'not_found');
  });

  it('renders a known path with the wrong method as 405 with Allow', async () => {
    const response = await ctx.app.inject({ method: 'DELETE', url: '/store/settings' });
    expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.allow).toContain('GET');
  });

  it('renders schema violations as 400 with per-field errors', async () => {
    const body = expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/test/echo', payload: { n: 1.5 } }),
      400,
      'validation_failed',
    );
    expect(body.errors).toEqual([{ path: 'n', message: expect.any(String) }]);
  });

  it('renders unparsable JSON as 400', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"n": ',
    });
    expectProblem(response, 400, 'bad_request');
  });

  it('renders a body over the size limit as 413', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: { ...owner, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(100 * 1024) }),
    });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('renders an unsupported content type as 415', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: { ...owner, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('renders unexpected errors as a generic 500 that leaks nothing', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/test/boom' });
    const body = expectProblem(response, 500, 'internal_error');
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it('echoes a caller-provided request id', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/store/settings',
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
  });
});

describe('security headers and CORS', () => {
  it('sends security headers on API responses', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/store/settings' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'");
  });

  it('allows the configured SPA origin and no other', async () => {
    const allowed = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/store/settings',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const other = await ctx.app.inject({
      method: 'GET',
      url: '/store/settings',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
