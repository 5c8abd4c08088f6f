import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Runs helmet's middleware once against a recording response and returns the headers it set. The headers
 * depend only on the options, and helmet re-derives them on every call (parsing the CSP each time): doing it
 * once cost a third of the throughput of a small route in `pnpm bench`.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** Security headers on every response and CORS limited to the configured origins (SPAs served elsewhere). */
export const securityPlugin = fp(
  async (app: FastifyInstance, options: { corsOrigins: string[] }) => {
    // The headers OWASP lists for REST APIs. Those that only matter for HTML documents (DNS prefetch,
    // download options, XSS auditor, origin-agent-cluster, COOP, Flash policies) are left out: each byte
    // is paid on every response (see `pnpm bench`). /docs replaces the CSP with its own (staticCSP).
    const headers = helmetHeaders({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      crossOriginResourcePolicy: { policy: 'same-site' },
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      frameguard: { action: 'deny' },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
    await app.register(cors, {
      origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'etag', 'location'],
      maxAge: 600,
    });
  },
  { name: 'security' },
);
