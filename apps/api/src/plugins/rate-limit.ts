import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/app-error';
import { problemSchema } from '../shared/problem';

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A preHandler allowing `max` requests per `windowMs` for each key (`key(request)`), else a 429 problem
     * with `Retry-After`. Several can guard one route (per IP and per account).
     */
    limitBy(name: string, max: number, windowMs: number, key: (request: FastifyRequest) => string): Limiter;
  }
}

const limitedPaths = /^\/(store|admin)(\/|$|\?)/;

/**
 * Rate limits, counted by @fastify/rate-limit's store (this process's memory, right for one API instance;
 * several instances need its shared Redis store):
 * - every Store and Admin API request, per minute: per API key for integrators (`perMinute.perKey`), else per
 *   client IP (`perMinute.perIp`); answers carry `RateLimit-Limit`, `RateLimit-Remaining` and
 *   `RateLimit-Reset`, and a request over the limit is a 429 problem with `Retry-After`. Counted once the caller
 *   is known (preHandler), so a key's traffic never eats its office's IP budget;
 * - stricter limiters on sensitive routes (sign-in, password reset, contact) through `app.limitBy`.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: { perMinute: { perKey: number; perIp: number } }) => {
    const callerKey = (request: FastifyRequest) =>
      request.actor?.kind === 'api_key' ? `key:${request.actor.id}` : `ip:${request.ip}`;
    // Every limited route can answer 429: the OpenAPI document says so.
    app.addHook('onRoute', (route) => {
      if (!limitedPaths.test(route.url) || !route.schema?.response) return;
      const responses = route.schema.response as Record<string, unknown>;
      responses[429] ??= problemSchema;
    });
    await app.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      timeWindow: 60_000,
      max: (request) =>
        request.actor?.kind === 'api_key' ? options.perMinute.perKey : options.perMinute.perIp,
      keyGenerator: callerKey,
      allowList: (request) => !limitedPaths.test(request.url),
      enableDraftSpec: true,
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'rate_limited',
          `Too many requests: ${context.max} a minute are allowed; retry in ${Math.ceil(context.ttl / 1000)} seconds.`,
        ),
    });
    app.decorate(
      'limitBy',
      (name: string, max: number, windowMs: number, key: (request: FastifyRequest) => string) => {
        // createRateLimit checks without the plugin's one-limiter-per-request guard, so limiters compose.
        const check = app.createRateLimit({
          max,
          timeWindow: windowMs,
          keyGenerator: (request) => `${name}:${key(request)}`,
        });
        return async (request: FastifyRequest, reply: FastifyReply) => {
          const result = await check(request);
          if (result.isAllowed) return;
          if (result.isExceeded) {
            throw new AppError(
              'rate_limited',
              `Too many attempts; retry in ${result.ttlInSeconds} seconds.`,
              undefined,
              {
                'retry-after': String(result.ttlInSeconds),
              },
            );
          }
          reply.header('ratelimit-limit', result.max).header('ratelimit-remaining', result.remaining);
        };
      },
    );
  },
  { name: 'rate-limit' },
);
