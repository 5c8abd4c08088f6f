import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { errorCodes } from '../shared/app-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The request body of a route that parses it itself (multipart uploads), for the OpenAPI document. */
    openapiBody?: { contentType: string; schema: Record<string, unknown> };
  }
}

const errorTable = Object.entries(errorCodes)
  .map(([code, { status, description }]) => `| \`${code}\` | ${status} | ${description} |`)
  .join('\n');

const description = `Comptoir's REST API. The **Store API** (\`/store/*\`) serves storefronts, customers and guests;
the **Admin API** (\`/admin/*\`) serves employees and integrators, each route requiring one permission.

Conventions (authentication, pagination, filtering, idempotency keys, rate limits with \`RateLimit-*\` headers,
webhooks and their signatures, versioning) are in the API guide, \`docs/api-guide.md\`. Money is integer minor
units with a currency code.

Errors are RFC 9457 problem details (\`application/problem+json\`) with a stable \`code\`:

| code | status | meaning |
|---|---|---|
${errorTable}
`;

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, at /openapi.json; a reference at /docs. */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Comptoir API', version: '0.1.0', description },
        tags: [
          { name: 'Health', description: 'Liveness and readiness probes.' },
          { name: 'Store: settings', description: 'Public store information.' },
          { name: 'Store: auth', description: 'Customer sign-up, sign-in, sessions and password reset.' },
          { name: 'Store: account', description: "The signed-in customer's profile and address book." },
          {
            name: 'Store: carts',
            description: 'Carts of guests and customers, priced from the current catalog.',
          },
          {
            name: 'Store: catalog',
            description: 'Categories, product search with facets, product pages, sitemap.',
          },
          { name: 'Admin: auth', description: 'Employee sign-in.' },
          { name: 'Admin: settings', description: 'Store configuration.' },
          { name: 'Admin: employees', description: 'Employees of the store.' },
          { name: 'Admin: roles', description: 'Built-in and custom roles, and the permissions they grant.' },
          { name: 'Admin: catalog', description: 'Products, variants, images, categories; bulk actions.' },
          { name: 'Admin: customers', description: 'Customer accounts.' },
          { name: 'Admin: API keys', description: "Integrators' keys for the Admin API." },
          {
            name: 'Admin: webhooks',
            description: 'Signed HTTP notifications of store events to integrators’ endpoints, with retries.',
          },
          { name: 'Admin: audit', description: 'Who changed what, and when.' },
        ],
        components: {
          securitySchemes: {
            customerBearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'Access token from POST /store/auth/login, /register or /refresh.',
            },
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key (`ck_…`) created in the back-office; it has exactly its own permissions.',
            },
            employeeBearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'Access token from POST /admin/auth/login.',
            },
          },
        },
      },
      // A multipart route cannot carry a zod body (it is parsed as a stream): it describes its request body in
      // `config.openapiBody`, added to the document here.
      transform: (input) => {
        const output = jsonSchemaTransform(input);
        const methods = [input.route.method].flat();
        const schema: Record<string, unknown> = { ...output.schema };
        // Every mutating route accepts an Idempotency-Key (plugins/idempotency.ts); some require it.
        if (methods.some((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))) {
          const headers = (schema.headers ?? {}) as { properties?: object; required?: string[] };
          const required = input.route.config?.idempotency === 'required';
          schema.headers = {
            type: 'object',
            ...headers,
            properties: {
              ...headers.properties,
              'idempotency-key': {
                type: 'string',
                maxLength: 255,
                description:
                  'A unique key per operation (a UUID): a retry with the same key and request replays the first ' +
                  'response instead of running again. Kept 24 hours.',
              },
            },
            ...(required ? { required: [...(headers.required ?? []), 'idempotency-key'] } : {}),
          };
        }
        // Integrators see in each operation which permission their API key needs.
        const permission = input.route.config?.permission;
        if (permission) {
          const note =
            permission === 'self'
              ? 'For the signed-in employee only (API keys cannot use it).'
              : `Requires the \`${permission}\` permission.`;
          schema.description =
            typeof schema.description === 'string' ? `${schema.description}\n\n${note}` : note;
        }
        const body = input.route.config?.openapiBody;
        if (body) Object.assign(schema, { consumes: [body.contentType], body: body.schema });
        return { ...output, schema };
      },
      // zod drops `examples` from the input form of a schema that transforms (a trimmed or upper-cased field);
      // request bodies use that form, so it gets its output form's examples (the test proves they validate).
      transformObject: (input) => {
        const document = jsonSchemaTransformObject(input) as {
          components?: { schemas?: Record<string, { examples?: unknown[] }> };
        };
        const schemas = document.components?.schemas ?? {};
        for (const [name, schema] of Object.entries(schemas)) {
          const output = name.endsWith('Input') ? schemas[name.slice(0, -'Input'.length)] : undefined;
          if (output?.examples && !schema.examples) schema.examples = output.examples;
        }
        return document as ReturnType<typeof jsonSchemaTransformObject>;
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
