import type { FastifyInstance, FastifyRequest, onSendHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { claimKey, completeKey, fingerprintOf, releaseKey } from '../modules/idempotency/idempotency.service';
import { AppError } from '../shared/app-error';
import { appendRouteHook } from './route-hooks';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `required`: the route refuses requests without `Idempotency-Key` (checkout, payments, refunds). */
    idempotency?: 'required';
  }
  interface FastifyRequest {
    /** The key this request claimed; its response is stored (or the claim released) when it is sent. */
    idempotencyClaim: { scope: string; key: string } | null;
  }
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const keyPattern = /^[\x21-\x7e]{1,255}$/;
/** How long a duplicate waits for the first request to finish before getting a retryable 409. */
const waitMs = 5_000;
const pollMs = 50;

/**
 * Responses a retry must get again rather than run anew: successes, a declined payment (402), and answers
 * that will not change (404, 422). Conflicts, rate limits, validation and server errors release the key.
 */
const isReplayable = (status: number) => (status >= 200 && status < 300) || [402, 404, 422].includes(status);

/** Whose keys these are: a key only ever replays for the caller that used it. */
function scopeOf(request: FastifyRequest): string {
  if (request.actor) return `${request.actor.kind}:${request.actor.id}`;
  if (request.customer) return `customer:${request.customer.id}`;
  // Guests: the key is bound to the exact resource path (a cart's unguessable id), never shared between paths.
  return `anonymous:${request.method} ${request.url}`;
}

/**
 * Stripe-style idempotency for every mutating route of both APIs: a request carrying `Idempotency-Key`
 * claims the key (scoped to the caller, fingerprinted by method, path and body) before it runs; its response
 * is stored when sent. The same key and request again replays the stored response (`Idempotent-Replayed:
 * true`); the same key with another request is 422; a duplicate arriving while the first runs waits up to
 * 5 s, then gets a retryable 409. Keys live 24 hours. Multipart uploads are not covered (no parsed body to
 * fingerprint).
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('idempotencyClaim', null);

    const claim: preHandlerAsyncHookHandler = async (request, reply) => {
      const header = request.headers['idempotency-key'];
      if (header === undefined) {
        if (request.routeOptions.config.idempotency === 'required')
          throw new AppError('idempotency_key_required');
        return;
      }
      if (typeof header !== 'string' || !keyPattern.test(header)) {
        throw new AppError('validation_failed', 'The Idempotency-Key header is invalid.', [
          {
            path: 'headers.idempotency-key',
            message: 'Use 1 to 255 visible ASCII characters (a UUID is ideal).',
          },
        ]);
      }
      if (request.headers['content-type']?.startsWith('multipart/')) return;
      const scope = scopeOf(request);
      const fingerprint = fingerprintOf(request.method, request.url, request.body);
      const deadline = Date.now() + waitMs;
      for (;;) {
        const result = await claimKey(app.db, scope, header, fingerprint);
        if (result.outcome === 'claimed') {
          request.idempotencyClaim = { scope, key: header };
          return;
        }
        if (result.outcome === 'mismatch') {
          throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for another request.');
        }
        if (result.outcome === 'replay') {
          reply.code(result.response.status).header('idempotent-replayed', 'true');
          if (result.response.contentType) reply.header('content-type', result.response.contentType);
          return reply.send(result.response.body === '' ? undefined : result.response.body);
        }
        if (Date.now() >= deadline) {
          reply.header('retry-after', '1');
          throw new AppError('idempotency_in_progress', 'The first request with this key is still running.');
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    };

    const store: onSendHookHandler = async (request, reply, payload) => {
      const claimed = request.idempotencyClaim;
      if (!claimed) return payload;
      request.idempotencyClaim = null;
      if (
        isReplayable(reply.statusCode) &&
        (payload === undefined || payload === null || typeof payload === 'string')
      ) {
        const contentType = reply.getHeader('content-type');
        await completeKey(app.db, claimed.scope, claimed.key, {
          status: reply.statusCode,
          contentType: typeof contentType === 'string' ? contentType : null,
          body: typeof payload === 'string' ? payload : '',
        });
      } else {
        await releaseKey(app.db, claimed.scope, claimed.key);
      }
      return payload;
    };

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (!methods.some((method) => mutating.has(method))) return;
      appendRouteHook(route, 'preHandler', claim);
      appendRouteHook(route, 'onSend', store);
    });
  },
  { name: 'idempotency', dependencies: ['db', 'admin-auth', 'customer-auth'] },
);
