import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createDatabase } from '../db/client';

/**
 * The OpenAPI document, built from the routes without touching a database (the pool never connects).
 * Used by `pnpm sdk:generate` and by the test that keeps packages/sdk in step with the API.
 */
export async function generateOpenApiDocument(): Promise<unknown> {
  const database = createDatabase('postgres://openapi@127.0.0.1:1/none', { max: 1 });
  const app = await buildApp({
    // The defaults of an empty environment (no listening, no secrets involved).
    config: loadConfig({ NODE_ENV: 'test' }),
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

/**
 * The document as committed: component schemas sorted by name, because their registration order depends on
 * which modules a process loaded first (a test process and `pnpm sdk:generate` load them differently).
 */
export function serializeOpenApiDocument(document: unknown): string {
  const doc = document as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  const canonical =
    schemas === undefined
      ? document
      : {
          ...doc,
          components: {
            ...doc.components,
            schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
          },
        };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
