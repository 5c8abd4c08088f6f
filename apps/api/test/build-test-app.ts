import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../src/app';
import { buildApp } from '../src/app';
import type { AppConfig } from '../src/config';
import type { MediaStorage } from '../src/modules/media/media-storage';
import { ensureSettings } from '../src/modules/settings';
import { watchResponses } from './response-contract';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestContext {
  app: App;
  database: TestDatabase;
  /** The server secret the app was built with (keys derived from it, such as the webhook secrets' key). */
  jwtSecret: string;
  close(): Promise<void>;
}

export const testConfig = {
  corsOrigins: ['http://localhost:5173'],
  bodyLimit: 64 * 1024,
  adminTokenTtlSeconds: 900,
  customerTokenTtlSeconds: 900,
  env: 'test' as AppConfig['env'],
  storefrontUrl: 'http://localhost:3001',
  authRateLimit: { perIp: 1000, perAccount: 1000 },
  apiRateLimit: { perKey: 1_000_000, perIp: 1_000_000 },
  secureCookies: false,
  trustProxy: false,
  media: { dir: join(tmpdir(), `comptoir-test-media-${process.pid}`), baseUrl: '/media' },
  catalogCacheSeconds: 30,
  webhooks: { allowPrivateNetworks: false },
};

/**
 * The API on a database of its own, initialised as `pnpm start` would (settings row present).
 * Add routes before `app.ready()` if a test needs one; call `close()` in afterAll: it fails when any JSON
 * answer of the file broke the OpenAPI document (undocumented status or body off its schema).
 */
export async function buildTestApp(
  options: {
    ready?: boolean;
    config?: Partial<typeof testConfig>;
    mediaStorage?: MediaStorage;
    /** The app's clock (scheduled content); the system clock when absent. */
    clock?: () => Date;
  } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  await ensureSettings(database.db);
  const jwtSecret = randomBytes(32).toString('hex');
  const app = await buildApp({
    config: { ...testConfig, ...options.config },
    db: database.db,
    jwtSecret,
    ...(options.mediaStorage ? { mediaStorage: options.mediaStorage } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const responses = watchResponses(app);
  if (options.ready !== false) await app.ready();
  return {
    app,
    database,
    jwtSecret,
    close: async () => {
      await app.close();
      await database.drop();
      const violations = responses.violations();
      if (violations.length > 0) {
        throw new Error(`Answers that break the OpenAPI document:\n${violations.join('\n')}`);
      }
    },
  };
}
