import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Security headers on every response and CORS limited to the configured origins (SPAs served elsewhere). */
export const securityPlugin = fp(
  async (app: FastifyInstance, options: { corsOrigins: string[] }) => {
    await app.register(helmet, {
      // JSON API: nothing may be framed, sniffed or loaded; /docs sets its own CSP (staticCSP).
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
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
