import { existsSync } from 'node:fs';
import { join } from 'node:path';
import proxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { gracefulClosePlugin } from '../plugins/graceful-close';

/**
 * Serves a built single-page app: hashed assets with long cache headers, `index.html` (never cached) for
 * every client-side route, and the API's path prefixes proxied to the API so the SPA calls its own origin.
 */
export async function buildSpaServer(options: {
  root: string;
  apiUrl: string;
  apiPrefixes: string[];
}): Promise<FastifyInstance> {
  if (!existsSync(join(options.root, 'index.html'))) {
    throw new Error(`${options.root} has no index.html: build the apps first (pnpm build)`);
  }
  const app = Fastify({ logger: false });
  await app.register(gracefulClosePlugin);
  for (const prefix of options.apiPrefixes) {
    await app.register(proxy, { upstream: options.apiUrl, prefix, rewritePrefix: prefix });
  }
  await app.register(fastifyStatic, {
    root: options.root,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      res.header('x-content-type-options', 'nosniff');
    },
  });
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // Existing files have their own routes (wildcard: false), so a path with an extension here is missing.
    if (/\.[a-z0-9]+$/i.test(path)) return reply.code(404).type('text/plain').send('Not found');
    reply.header('cache-control', 'no-cache');
    reply.header('x-frame-options', 'DENY');
    return reply.sendFile('index.html');
  });
  return app;
}
