import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { type Customer, getActiveCustomer } from '../modules/customers';
import { AppError } from '../shared/app-error';
import { deriveSecret } from './admin-auth';
import { type RefreshCookie, refreshCookie } from './refresh-cookie';
import { appendRouteHook } from './route-hooks';

declare module '@fastify/jwt' {
  interface JWT {
    /** The customer token namespace: its own key and audience, never valid on /admin. */
    store: JWT;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `true`: a /store route that needs a signed-in customer (`request.customer`). `'optional'`: guests are
     * welcome, and a customer's valid token identifies them (an invalid token is still 401).
     */
    customer?: boolean | 'optional';
  }
  interface FastifyRequest {
    customer: Customer | null;
    /** The session (refresh-token family) the customer's access token was issued for. */
    customerSessionId: string | null;
  }
  interface FastifyInstance {
    /** Signs an access token for the customer's session family `sessionId`. */
    signCustomerToken(customer: Customer, sessionId: string): { accessToken: string; expiresIn: number };
    /** The customer's refresh cookie (`comptoir_refresh`, path /store/auth). */
    customerRefreshCookie: RefreshCookie;
  }
}

export const storeAudience = 'comptoir-store';

/**
 * Customer authentication for the Store API: short-lived bearer JWTs (store namespace key and audience)
 * and a rotating refresh token in an httpOnly, SameSite=Strict cookie scoped to /store/auth.
 */
export const customerAuthPlugin = fp(
  async (
    app: FastifyInstance,
    options: { secret: string; tokenTtlSeconds: number; secureCookies: boolean },
  ) => {
    await app.register(fastifyJwt, {
      secret: deriveSecret(options.secret, 'store'),
      namespace: 'store',
      jwtVerify: 'storeJwtVerify',
      jwtSign: 'storeJwtSign',
      sign: { aud: storeAudience, expiresIn: options.tokenTtlSeconds },
      verify: { allowedAud: storeAudience },
    });

    app.decorateRequest('customer', null);
    app.decorateRequest('customerSessionId', null);
    app.decorate('signCustomerToken', (customer: Customer, sessionId: string) => ({
      accessToken: app.jwt.store.sign({ sub: customer.id, kind: 'customer', sid: sessionId }),
      expiresIn: options.tokenTtlSeconds,
    }));
    app.decorate(
      'customerRefreshCookie',
      refreshCookie('comptoir_refresh', '/store/auth', options.secureCookies),
    );

    const guard: onRequestAsyncHookHandler = async (request) => {
      const header = request.headers.authorization;
      if (header === undefined && request.routeOptions.config.customer === 'optional') return;
      if (!header?.startsWith('Bearer ')) throw new AppError('unauthenticated', 'Sign in to continue.');
      let subject: string;
      let sessionId: string | null;
      try {
        const payload = app.jwt.store.verify<{ sub?: string; kind?: string; sid?: string }>(
          header.slice('Bearer '.length),
        );
        if (payload.kind !== 'customer' || !payload.sub) throw new Error('not a customer token');
        subject = payload.sub;
        sessionId = payload.sid ?? null;
      } catch {
        throw new AppError('unauthenticated', 'The access token is invalid or expired.');
      }
      const customer = await getActiveCustomer(app.db, subject);
      if (!customer) throw new AppError('unauthenticated', 'This account is no longer active.');
      request.customer = customer;
      request.customerSessionId = sessionId;
    };

    app.addHook('onRoute', (route) => {
      if (route.config?.customer) appendRouteHook(route, 'onRequest', guard);
    });
  },
  { name: 'customer-auth', dependencies: ['db'] },
);

/** The signed-in customer of a `config: { customer: true }` route. */
export function currentCustomer(request: FastifyRequest): Customer {
  if (!request.customer) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.customer;
}
