import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { App } from '../src/app';

interface DocumentedResponse {
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, DocumentedResponse> }>>;
}

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\*$/, '{*}');
const pointerPart = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Holds every JSON answer the app gives during a test file to the OpenAPI document the app itself publishes:
 * an answer whose status the route does not document, or whose body does not match the documented schema, is
 * a violation. `violations()` lists them (the test context fails the file on any), so the whole suite — not a
 * handful of sample calls — proves the document tells integrators the truth.
 */
export function watchResponses(app: App): { violations(): string[] } {
  const found: string[] = [];
  let ajv: Ajv2020 | undefined;
  let document: OpenApiDocument | undefined;
  const validators = new Map<string, ValidateFunction | null>();

  const validatorFor = (path: string, method: string, status: string): ValidateFunction | null => {
    const key = `${method} ${path} ${status}`;
    const cached = validators.get(key);
    if (cached !== undefined) return cached;
    if (!ajv || !document) {
      document = (app as unknown as { swagger(): OpenApiDocument }).swagger();
      ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      ajv.addSchema(document, 'openapi.json');
    }
    const operation = document.paths[path]?.[method];
    // Routes a test adds for itself are not in the document (the OpenAPI test proves real ones all are).
    if (!operation) {
      validators.set(key, null);
      return null;
    }
    const response = operation.responses?.[status];
    const contentType =
      response?.content && Object.keys(response.content).find((type) => type.endsWith('json'));
    const validator = contentType
      ? ajv.compile({
          $ref: `openapi.json#/${[
            'paths',
            path,
            method,
            'responses',
            status,
            'content',
            contentType,
            'schema',
          ]
            .map(pointerPart)
            .join('/')}`,
        })
      : null;
    validators.set(key, validator);
    if (!response) found.push(`${method.toUpperCase()} ${path}: status ${status} is not documented`);
    return validator;
  };

  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!route || route.startsWith('/docs') || route === '/openapi.json' || !type.includes('json'))
      return payload;
    if (typeof payload !== 'string' || payload === '') return payload;
    const path = toOpenApiPath(route);
    const method = request.method.toLowerCase();
    const status = String(reply.statusCode);
    const validate = validatorFor(path, method, status);
    if (validate && !validate(JSON.parse(payload))) {
      found.push(
        `${request.method} ${path} ${status}: ${(validate.errors ?? [])
          .slice(0, 3)
          .map((error) => `${error.instancePath || '/'} ${error.message}`)
          .join('; ')}`,
      );
    }
    return payload;
  });
  return { violations: () => [...new Set(found)] };
}
