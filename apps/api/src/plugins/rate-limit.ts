import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/app-error';

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

/**
 * Rate limits as route preHandlers (no global limit yet), counted by @fastify/rate-limit's store: this
 * process's memory, right for one API instance; several instances need its shared (Redis) store.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(rateLimit, { global: false });
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
