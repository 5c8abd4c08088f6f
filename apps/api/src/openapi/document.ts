import { buildApp } from '../app';
import { createDatabase } from '../db/client';

/**
 * The OpenAPI document, built from the routes without touching a database (the pool never connects).
 * Used by `pnpm sdk:generate` and by the test that keeps packages/sdk in step with the API.
 */
export async function generateOpenApiDocument(): Promise<unknown> {
  const database = createDatabase('postgres://openapi@127.0.0.1:1/none', { max: 1 });
  const app = await buildApp({
    config: {
      corsOrigins: [],
      bodyLimit: 1024 * 1024,
      adminTokenTtlSeconds: 900,
      customerTokenTtlSeconds: 900,
      env: 'test' as const,
      storefrontUrl: 'http://localhost:3001',
      authRateLimit: { perIp: 1000, perAccount: 1000 },
      secureCookies: false,
      trustProxy: false,
    },
    db: database.db,
    jwtSecret: 'openapi-generation-only-secret-000000000000',
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}

export function serializeOpenApiDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
