import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext, testConfig } from '../../../test/build-test-app';
import { buildApp } from '../../app';
import { createDatabase } from '../../db/client';
import { findFreePort } from '../../db/embedded';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

describe('health', () => {
  it('reports live and ready with a database', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
  });

  it('reports not ready (503) when the database is unreachable, while staying live', async () => {
    const port = await findFreePort();
    const database = createDatabase(`postgres://nobody@127.0.0.1:${port}/none`, { max: 1 });
    const app = await buildApp({ config: testConfig, db: database.db, jwtSecret: 'x'.repeat(32) });
    try {
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'service_unavailable' });
      expect(ready.body).not.toContain('ECONNREFUSED');
    } finally {
      await app.close();
      await database.close();
    }
  });
});
