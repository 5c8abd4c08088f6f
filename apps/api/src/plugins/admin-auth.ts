import { createHmac } from 'node:crypto';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { apiKeyPrefix, authenticateApiKey } from '../modules/api-keys';
import { type AuthenticatedEmployee, getActiveEmployee, type Permission } from '../modules/employees';
import { isEmployeeTwoFactorRequired } from '../modules/settings';
import { AppError } from '../shared/app-error';
import { deriveKey } from '../shared/secret-box';
import { type RefreshCookie, refreshCookie } from './refresh-cookie';
import { appendRouteHook } from './route-hooks';

declare module '@fastify/jwt' {
  interface JWT {
    /** The employee token namespace (its own key and audience). */
    admin: JWT;
  }
}

/** Who is calling the Admin API: an employee, or an integrator's API key acting with its own permissions. */
export type AdminActor =
  | { kind: 'employee'; id: string; label: string; permissions: readonly Permission[] }
  | { kind: 'api_key'; id: string; label: string; permissions: readonly Permission[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The permission an /admin route needs; required on every admin route that is not `public`.
     * `self` means any signed-in employee acting on their own account (API keys are refused).
     */
    permission?: Permission | 'self';
    /** Marks an /admin route reachable without a token (login). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The caller of an /admin route (set by the admin-auth plugin). */
    actor: AdminActor | null;
    /** The signed-in employee on /admin routes called with an employee token. */
    employee: AuthenticatedEmployee | null;
  }
  interface FastifyInstance {
    signAdminToken(employee: AuthenticatedEmployee): { accessToken: string; expiresIn: number };
    /** The employee's refresh cookie (`comptoir_admin_refresh`, path /admin/auth). */
    adminRefreshCookie: RefreshCookie;
    /** Key sealing employees' TOTP secrets. */
    twoFactorKey: Buffer;
  }
}

export const adminAudience = 'comptoir-admin';

/** Each token namespace gets its own key derived from the one configured secret. */
export function deriveSecret(secret: string, namespace: string): string {
  return createHmac('sha256', secret).update(`comptoir:${namespace}`).digest('base64url');
}

function isAdminRoute(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/');
}

/**
 * Authentication for the Admin API: employee bearer JWTs (admin namespace key and audience, so customer
 * tokens never verify here; the employee re-read on each request so deactivation and "sign out everywhere"
 * take effect at once) or integrators' API keys (`ck_…`). The route's declared permission is enforced (403).
 */
export const adminAuthPlugin = fp(
  async (
    app: FastifyInstance,
    options: { secret: string; tokenTtlSeconds: number; secureCookies: boolean },
  ) => {
    await app.register(fastifyJwt, {
      secret: deriveSecret(options.secret, 'admin'),
      namespace: 'admin',
      jwtVerify: 'adminJwtVerify',
      jwtSign: 'adminJwtSign',
      sign: { aud: adminAudience, expiresIn: options.tokenTtlSeconds },
      verify: { allowedAud: adminAudience },
    });

    app.decorateRequest('actor', null);
    app.decorateRequest('employee', null);
    app.decorate('twoFactorKey', deriveKey(options.secret, 'employee-totp'));
    app.decorate('signAdminToken', (employee: AuthenticatedEmployee) => ({
      accessToken: app.jwt.admin.sign({ sub: employee.id, kind: 'employee', ver: employee.tokenVersion }),
      expiresIn: options.tokenTtlSeconds,
    }));
    app.decorate(
      'adminRefreshCookie',
      refreshCookie('comptoir_admin_refresh', '/admin/auth', options.secureCookies),
    );

    async function authenticate(request: FastifyRequest): Promise<AdminActor> {
      const header = request.headers.authorization;
      if (!header?.startsWith('Bearer '))
        throw new AppError('unauthenticated', 'Send an access token or API key.');
      const credential = header.slice('Bearer '.length).trim();
      if (credential.startsWith(apiKeyPrefix)) {
        const key = await authenticateApiKey(app.db, credential);
        if (!key) throw new AppError('unauthenticated', 'The API key is invalid, revoked or expired.');
        return { kind: 'api_key', id: key.id, label: key.name, permissions: key.permissions };
      }
      let claims: { sub: string; ver: number };
      try {
        const payload = app.jwt.admin.verify<{ sub?: string; kind?: string; ver?: number }>(credential);
        if (payload.kind !== 'employee' || !payload.sub || typeof payload.ver !== 'number') {
          throw new Error('not an employee token');
        }
        claims = { sub: payload.sub, ver: payload.ver };
      } catch {
        throw new AppError('unauthenticated', 'The access token is invalid or expired.');
      }
      const employee = await getActiveEmployee(app.db, claims.sub, claims.ver);
      if (!employee) throw new AppError('unauthenticated', 'This session has ended; sign in again.');
      request.employee = employee;
      const label = `${employee.firstName} ${employee.lastName}`.trim() || employee.email;
      return { kind: 'employee', id: employee.id, label, permissions: employee.permissions };
    }

    const guard: onRequestAsyncHookHandler = async (request) => {
      const config = request.routeOptions.config;
      const actor = await authenticate(request);
      request.actor = actor;
      if (
        actor.kind === 'employee' &&
        config.permission !== 'self' &&
        !request.employee?.twoFactorEnabled &&
        (await isEmployeeTwoFactorRequired(app.db))
      ) {
        throw new AppError(
          'two_factor_required',
          'This store requires two-factor authentication: turn it on in your account security first.',
        );
      }
      if (config.permission === 'self') {
        if (actor.kind !== 'employee')
          throw new AppError('forbidden', 'API keys cannot use employee-only routes.');
        return;
      }
      if (config.permission && !actor.permissions.includes(config.permission)) {
        throw new AppError('forbidden', `This action needs the ${config.permission} permission.`);
      }
    };

    app.addHook('onRoute', (route) => {
      if (!isAdminRoute(route.url) || route.config?.public) return;
      if (!route.config?.permission) {
        throw new Error(`Admin route ${String(route.method)} ${route.url} declares no permission`);
      }
      appendRouteHook(route, 'onRequest', guard);
    });
  },
  { name: 'admin-auth', dependencies: ['db'] },
);

/** The employee behind a `permission: 'self'` route. */
export function currentEmployee(request: FastifyRequest): AuthenticatedEmployee {
  if (!request.employee) throw new AppError('unauthenticated');
  return request.employee;
}

/** The caller of an authenticated /admin route. */
export function currentActor(request: FastifyRequest): AdminActor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
