import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPVersion } from 'find-my-way';
import { AppError, type ErrorCode, errorCodes, type FieldError } from '../shared/app-error';
import type { ProblemDetails } from '../shared/problem';
import { problemSchema } from '../shared/problem';

const problemTypeBase = 'https://comptoir.dev/problems/';
const routedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Maps Fastify's own errors (body parser, limits, content type) to our codes. */
function codeForFastifyError(error: FastifyError): ErrorCode {
  switch (error.statusCode) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 503:
      return 'service_unavailable';
    default:
      return 'internal_error';
  }
}

function validationPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (!context || context === 'body') return path;
  const prefix = context === 'querystring' ? 'query' : context;
  return path ? `${prefix}.${path}` : prefix;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
): FastifyReply {
  const definition = errorCodes[code];
  const body: ProblemDetails = {
    type: `${problemTypeBase}${code.replaceAll('_', '-')}`,
    title: definition.title,
    status: definition.status,
    detail: detail ?? definition.description,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.code(definition.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * Renders every error — ours, validation, 404, 405, 413, 415 and unexpected ones — as an RFC 9457
 * problem details body. 5xx bodies are generic; the real error goes to the log with the request id.
 */
export const problemDetailsPlugin = fp(
  async (app: FastifyInstance) => {
    // A shadow router holding every registered path, to tell 405 (path exists, method doesn't) from 404.
    const shadow = FindMyWay<HTTPVersion.V1>({ ignoreTrailingSlash: true });
    const seen = new Set<string>();
    app.addHook('onRoute', (route) => {
      // Any route taking a body can meet a body over the limit (413) or of a type it does not read (415):
      // documented for each, so integrators' clients expect them.
      if (route.schema?.body && route.schema.response) {
        const responses = route.schema.response as Record<string, unknown>;
        responses[413] ??= problemSchema;
        responses[415] ??= problemSchema;
      }
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        const key = `${method} ${route.url}`;
        if (seen.has(key) || !routedMethods.includes(method as (typeof routedMethods)[number])) continue;
        seen.add(key);
        shadow.on(method as (typeof routedMethods)[number], route.url, () => {});
      }
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const allowed = routedMethods.filter(
        (method) => method !== request.method && shadow.find(method, path),
      );
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(
          request,
          reply,
          'method_not_allowed',
          `${request.method} is not allowed on ${path}.`,
        );
      }
      return sendProblem(request, reply, 'not_found', `No route matches ${request.method} ${path}.`);
    });

    app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
      if (error instanceof AppError) {
        if (error.cause !== undefined)
          request.log.error({ err: error.cause, code: error.code }, error.message);
        if (error.headers) reply.headers(error.headers);
        return sendProblem(request, reply, error.code, error.detail, error.errors);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const fieldErrors = error.validation.map((issue) => ({
          path: validationPath(error.validationContext, issue.instancePath),
          message: issue.message ?? 'is invalid',
        }));
        return sendProblem(
          request,
          reply,
          'validation_failed',
          'The request is invalid; see errors.',
          fieldErrors,
        );
      }
      const fastifyError = error as FastifyError;
      const status = fastifyError.statusCode ?? 500;
      if (status >= 500 || !fastifyError.statusCode) {
        request.log.error({ err: error }, 'unhandled error');
        return sendProblem(request, reply, status === 503 ? 'service_unavailable' : 'internal_error');
      }
      if (fastifyError.validation) {
        // Non-zod validation (e.g. Fastify's own content-type parser checks).
        return sendProblem(request, reply, 'validation_failed', fastifyError.message);
      }
      return sendProblem(request, reply, codeForFastifyError(fastifyError), fastifyError.message);
    });
  },
  { name: 'problem-details' },
);
