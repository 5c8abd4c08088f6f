import { createHmac } from 'node:crypto';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Employee, getActiveEmployee, type Permission } from '../modules/employees';
import { AppError } from '../shared/app-error';

declare module '@fastify/jwt' {
  interface JWT {
    /** The employee token namespace (its own key and audience). */
    admin: JWT;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The permission an /admin route needs; required on every admin route that is not `public`.
     * `self` means any signed-in employee acting on their own account.
     */
    permission?: Permission | 'self';
    /** Marks an /admin route reachable without a token (login). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in employee on /admin routes (set by the admin-auth plugin). */
    employee: Employee | null;
  }
  interface FastifyInstance {
    signAdminToken(employee: Employee): Promise<{ accessToken: string; expiresIn: number }>;
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
 * Employee authentication for the Admin API: bearer JWTs signed with the admin namespace key and audience
 * (customer tokens never verify here), the employee re-read on each request (deactivation is immediate), and
 * the route's declared permission enforced (403 otherwise).
 */
export const adminAuthPlugin = fp(
  async (app: FastifyInstance, options: { secret: string; tokenTtlSeconds: number }) => {
    await app.register(fastifyJwt, {
      secret: deriveSecret(options.secret, 'admin'),
      namespace: 'admin',
      jwtVerify: 'adminJwtVerify',
      jwtSign: 'adminJwtSign',
      sign: { aud: adminAudience, expiresIn: options.tokenTtlSeconds },
      verify: { allowedAud: adminAudience },
    });

    app.decorateRequest('employee', null);
    app.decorate('signAdminToken', async (employee: Employee) => {
      const accessToken = app.jwt.admin.sign({ sub: employee.id, kind: 'employee' });
      return { accessToken, expiresIn: options.tokenTtlSeconds };
    });

    app.addHook('onRoute', (route) => {
      if (!isAdminRoute(route.url)) return;
      if (!route.config?.public && !route.config?.permission) {
        throw new Error(`Admin route ${String(route.method)} ${route.url} declares no permission`);
      }
    });

    async function authenticate(request: FastifyRequest): Promise<Employee> {
      const header = request.headers.authorization;
      if (!header?.startsWith('Bearer '))
        throw new AppError('unauthenticated', 'Send an employee access token.');
      let subject: string;
      try {
        const payload = app.jwt.admin.verify<{ sub?: string; kind?: string }>(header.slice('Bearer '.length));
        if (payload.kind !== 'employee' || !payload.sub) throw new Error('not an employee token');
        subject = payload.sub;
      } catch {
        throw new AppError('unauthenticated', 'The access token is invalid or expired.');
      }
      const employee = await getActiveEmployee(app.db, subject);
      if (!employee) throw new AppError('unauthenticated', 'The employee account is no longer active.');
      return employee;
    }

    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config;
      const url = request.routeOptions.url;
      if (!url || !isAdminRoute(url) || config.public) return;
      const employee = await authenticate(request);
      request.employee = employee;
      if (
        config.permission !== 'self' &&
        config.permission &&
        !employee.permissions.includes(config.permission)
      ) {
        throw new AppError('forbidden', `This action needs the ${config.permission} permission.`);
      }
    });
  },
  { name: 'admin-auth', dependencies: ['db'] },
);
