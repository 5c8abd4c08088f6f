import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Seconds browsers and CDNs may reuse a store content answer before revalidating it. */
export const contentMaxAgeSeconds = 60;

/** The `304` entry of a cacheable route's responses (no body). */
export const notModifiedResponse = {
  304: z.null().meta({ description: 'Not modified: the `If-None-Match` ETag is still current.' }),
};

/** ETags of answers served from the cache (the same object each time): hashed once, not per request. */
const etags = new WeakMap<object, string>();

function etagOf(body: unknown): string {
  const known = typeof body === 'object' && body !== null ? etags.get(body) : undefined;
  if (known) return known;
  const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  if (typeof body === 'object' && body !== null) etags.set(body, etag);
  return etag;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  // Weak comparison (RFC 9110 §8.8.3.2): `W/` prefixes are ignored on both sides.
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}

/**
 * Answers a public store read so browsers and CDNs can keep it: a weak ETag (hash of the body), a short
 * `max-age`, and `304 Not Modified` without a body when the client already holds this version.
 * `private`: answers for one person (previews) are never stored (`no-store`, no ETag).
 */
export function sendCacheable<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: T,
  options: { private?: boolean } = {},
): T | FastifyReply {
  if (options.private) {
    reply.header('cache-control', 'no-store');
    return body;
  }
  const etag = etagOf(body);
  reply.header('etag', etag);
  reply.header('cache-control', `public, max-age=${contentMaxAgeSeconds}`);
  if (etagMatches(request.headers['if-none-match'], etag)) {
    // Sent bare: a serialised `null` would announce 4 bytes of body that a 304 must not carry.
    return reply.code(304).send();
  }
  return body;
}
