import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type EmployeeSignedIn,
  renewEmployeeSession,
  signInEmployee,
  signOutEverywhere,
} from '../../flows/employee-auth.flow';
import { currentEmployee } from '../../plugins/admin-auth';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { employeeSecurity } from '../../shared/security-schemes';
import { endSession } from '../sessions';
import { getStoreSettings } from '../settings';
import {
  adminLoginBodySchema,
  adminSessionSchema,
  employeeSchema,
  recoveryCodesSchema,
  twoFactorCodeSchema,
  twoFactorSetupSchema,
} from './employees.schemas';
import { disableTwoFactor, enableTwoFactor, setUpTwoFactor } from './two-factor.service';

const tags = ['Admin: auth'];
const security = employeeSecurity;
const clientOf = (request: FastifyRequest) => ({ userAgent: request.headers['user-agent'], ip: request.ip });
const emailKey = (request: FastifyRequest) => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

export const employeeAuthRoutes: FastifyPluginAsyncZod<{
  rateLimit: { perIp: number; perAccount: number };
}> = async (app, options) => {
  function replyWithSession(reply: FastifyReply, { employee, session }: EmployeeSignedIn) {
    app.adminRefreshCookie.set(reply, session.refreshToken, session.expiresAt);
    const { tokenVersion: _version, ...publicEmployee } = employee;
    return { ...app.signAdminToken(employee), employee: publicEmployee };
  }

  app.post(
    '/admin/auth/login',
    {
      config: { public: true },
      preHandler: [
        app.limitBy('admin-login:ip', options.rateLimit.perIp, 5 * 60_000, (request) => request.ip),
        app.limitBy('admin-login:account', options.rateLimit.perAccount, 15 * 60_000, emailKey),
      ],
      schema: {
        operationId: 'adminLogin',
        summary: 'Sign in as an employee',
        description:
          'Returns a short-lived access token and sets the refresh cookie. With two-factor on, a first call ' +
          'without `otp` answers 401 `otp_required`.',
        tags,
        body: adminLoginBodySchema,
        response: { 200: adminSessionSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) =>
      replyWithSession(
        reply,
        await signInEmployee(app.db, request.body, app.twoFactorKey, clientOf(request)),
      ),
  );

  app.post(
    '/admin/auth/refresh',
    {
      config: { public: true },
      schema: {
        operationId: 'adminRefresh',
        summary: 'Renew the access token',
        description: 'Uses and rotates the refresh cookie; replaying a used one ends that session.',
        tags,
        response: { 200: adminSessionSchema, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const token = app.adminRefreshCookie.read(request);
      if (!token) throw new AppError('unauthenticated', 'No session to renew; sign in.');
      try {
        return replyWithSession(reply, await renewEmployeeSession(app.db, token, clientOf(request)));
      } catch (error) {
        app.adminRefreshCookie.clear(reply);
        throw error;
      }
    },
  );

  app.post(
    '/admin/auth/logout',
    {
      config: { public: true },
      schema: {
        operationId: 'adminLogout',
        summary: 'Sign out',
        description:
          'Ends the session of the refresh cookie, if any, and clears the cookie. Always answers 204.',
        tags,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const token = app.adminRefreshCookie.read(request);
      if (token) await endSession(app.db, token);
      app.adminRefreshCookie.clear(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/admin/auth/logout-all',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminLogoutEverywhere',
        summary: 'Sign out everywhere',
        description: 'Ends every session of the signed-in employee and voids their access tokens at once.',
        tags,
        security,
        response: { 204: z.undefined(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await signOutEverywhere(app.db, currentEmployee(request).id);
      app.adminRefreshCookie.clear(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/admin/me',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminGetMe',
        summary: 'The signed-in employee',
        description:
          "The signed-in employee's profile, role, permissions and whether two-factor authentication is on.",
        tags,
        security,
        response: { 200: employeeSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { tokenVersion: _version, ...employee } = currentEmployee(request);
      return employee;
    },
  );

  app.post(
    '/admin/me/two-factor/setup',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminSetUpTwoFactor',
        summary: 'Start two-factor setup',
        description: 'Returns a new TOTP secret to add to an authenticator app; confirm it with /enable.',
        tags,
        security,
        response: { 200: twoFactorSetupSchema, ...problemResponses(401, 403, 409) },
      },
    },
    async (request) => {
      const { name } = await getStoreSettings(app.db);
      return setUpTwoFactor(app.db, currentEmployee(request).id, app.twoFactorKey, `${name} (Comptoir)`);
    },
  );

  app.post(
    '/admin/me/two-factor/enable',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminEnableTwoFactor',
        summary: 'Turn two-factor authentication on',
        description:
          'Confirms the setup with a current 6-digit code from the authenticator app and answers 10 ' +
          'recovery codes, shown only this once. 409 `conflict` when setup was not started or two-factor ' +
          'is already on; 400 `validation_failed` for a wrong or already used code.',
        tags,
        security,
        body: twoFactorCodeSchema,
        response: { 200: recoveryCodesSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) =>
      enableTwoFactor(app.db, currentEmployee(request).id, request.body.code, app.twoFactorKey),
  );

  app.post(
    '/admin/me/two-factor/disable',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminDisableTwoFactor',
        summary: 'Turn two-factor authentication off',
        description:
          'Needs a current code or a recovery code; removes the secret and the recovery codes. 409 ' +
          '`conflict` when two-factor is already off; 400 `validation_failed` for a wrong code.',
        tags,
        security,
        body: twoFactorCodeSchema,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(app.db, currentEmployee(request).id, request.body.code, app.twoFactorKey);
      return reply.code(204).send();
    },
  );
};
