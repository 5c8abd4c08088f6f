import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../test/factories';
import { generateOpenApiDocument, serializeOpenApiDocument } from './document';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        summary?: string;
        description?: string;
        responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      }
    >
  >;
}

let ctx: TestContext;
let document: OpenApiDocument;
let owner: { authorization: string };
let customer: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db)).headers;
  customer = (await registerCustomer(ctx.app)).headers;
  document = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
});
afterAll(async () => ctx.close());

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\*$/, '{*}');
const undocumented = new Set(['/openapi.json']);

describe('OpenAPI document', () => {
  it('documents every route with an operationId', () => {
    const missing = ctx.app.routeTable
      .filter((route) => !route.url.startsWith('/docs') && !undocumented.has(route.url))
      .filter((route) => !document.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase()]?.operationId)
      .map((route) => `${route.method} ${route.url}`);
    expect(missing).toEqual([]);
  });

  it('gives every operation a summary and a description beyond the automatic permission note', () => {
    // The plugin appends "Requires the `x` permission." (or the signed-in employee note) on its own.
    const permissionNote =
      /^(Requires the `[^`]+` permission\.|For the signed-in employee only \(API keys cannot use it\)\.)$/;
    const missing = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => {
          const description = operation.description?.trim() ?? '';
          return !operation.summary?.trim() || description === '' || permissionNote.test(description);
        })
        .map(([method, operation]) => `${method.toUpperCase()} ${path} (${operation.operationId})`),
    );
    expect(missing).toEqual([]);
  });

  it('serves an interactive reference at /docs', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger-ui');
    const spec = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Comptoir API' } });
  });

  it('is the document committed in packages/sdk (run `pnpm sdk:generate` when this fails)', async () => {
    const committed = readFileSync(new URL('../../../../packages/sdk/openapi.json', import.meta.url), 'utf8');
    expect(serializeOpenApiDocument(await generateOpenApiDocument())).toBe(committed);
  });

  it('gives examples that are valid against their own schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document, 'openapi.json');
    const schemas = (
      document as unknown as { components: { schemas: Record<string, { examples?: unknown[] }> } }
    ).components.schemas;
    const withExamples = Object.entries(schemas).filter(([, schema]) => (schema.examples ?? []).length > 0);
    expect(withExamples.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Money', 'Problem', 'NewProduct', 'StockAdjustment', 'NewWebhookEndpoint']),
    );
    for (const [name, schema] of withExamples) {
      const validate = ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` });
      for (const example of schema.examples ?? []) {
        expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('describes the real responses: they validate against the documented schemas', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document, 'openapi.json');
    const calls = [
      { method: 'GET', path: '/store/settings', url: '/store/settings', headers: {} },
      { method: 'GET', path: '/admin/settings', url: '/admin/settings', headers: owner },
      { method: 'GET', path: '/admin/me', url: '/admin/me', headers: owner },
      { method: 'GET', path: '/admin/settings', url: '/admin/settings', headers: {} },
      { method: 'GET', path: '/health/ready', url: '/health/ready', headers: {} },
      { method: 'GET', path: '/store/me', url: '/store/me', headers: customer },
      { method: 'GET', path: '/store/me/addresses', url: '/store/me/addresses', headers: customer },
      { method: 'GET', path: '/store/me', url: '/store/me', headers: {} },
    ] as const;
    for (const call of calls) {
      const response = await ctx.app.inject({ method: call.method, url: call.url, headers: call.headers });
      const documented =
        document.paths[call.path]?.[call.method.toLowerCase()]?.responses[String(response.statusCode)];
      expect(documented, `${call.method} ${call.path} ${response.statusCode} is documented`).toBeDefined();
      expect(documented?.content?.['application/json']?.schema).toBeDefined();
      const pointer = [
        'paths',
        call.path,
        call.method.toLowerCase(),
        'responses',
        String(response.statusCode),
      ]
        .concat(['content', 'application/json', 'schema'])
        .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
        .join('/');
      const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
      const valid = validate(response.json());
      expect(validate.errors ?? [], `${call.method} ${call.url}`).toEqual([]);
      expect(valid).toBe(true);
    }
  });
});
