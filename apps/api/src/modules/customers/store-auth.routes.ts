import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmPasswordReset,
  registerCustomer,
  requestPasswordReset,
  type SignedIn,
  signInCustomer,
} from '../../flows/customer-auth.flow';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { endSession, rotateSession } from '../sessions';
import {
  customerSessionSchema,
  loginBodySchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerBodySchema,
} from './customers.schemas';
import { getActiveCustomer } from './customers.service';

export interface StoreAuthOptions {
  storefrontUrl: string;
  rateLimit: { perIp: number; perAccount: number };
}

const acceptedSchema = z.object({}).meta({ id: 'Accepted' });
const tags = ['Store: auth'];
const clientOf = (request: FastifyRequest) => ({ userAgent: request.headers['user-agent'], ip: request.ip });
const emailKey = (request: FastifyRequest) => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

export const customerAuthRoutes: FastifyPluginAsyncZod<StoreAuthOptions> = async (app, options) => {
  const fiveMinutes = 5 * 60_000;
  const fifteenMinutes = 15 * 60_000;
  const perIp = (name: string) =>
    app.limitBy(`${name}:ip`, options.rateLimit.perIp, fiveMinutes, (r) => r.ip);
  const perAccount = (name: string) =>
    app.limitBy(`${name}:account`, options.rateLimit.perAccount, fifteenMinutes, emailKey);

  function replyWithSession(reply: FastifyReply, { customer, session }: SignedIn) {
    app.customerRefreshCookie.set(reply, session.refreshToken, session.expiresAt);
    return { ...app.signCustomerToken(customer, session.familyId), customer };
  }

  app.post(
    '/store/auth/register',
    {
      preHandler: [perIp('register')],
      schema: {
        operationId: 'storeRegister',
        summary: 'Create a customer account',
        description:
          'Signs the new customer in: access token in the body, refresh token as an httpOnly cookie.',
        tags,
        body: registerBodySchema,
        response: { 201: customerSessionSchema, ...problemResponses(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = await registerCustomer(app.db, request.body, clientOf(request), options);
      return reply.code(201).send(replyWithSession(reply, signedIn));
    },
  );

  app.post(
    '/store/auth/login',
    {
      preHandler: [perIp('login'), perAccount('login')],
      schema: {
        operationId: 'storeLogin',
        summary: 'Sign in as a customer',
        description: 'Rate limited per IP and per account; wrong email and wrong password answer alike.',
        tags,
        body: loginBodySchema,
        response: { 200: customerSessionSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const signedIn = await signInCustomer(
        app.db,
        request.body.email,
        request.body.password,
        clientOf(request),
      );
      return replyWithSession(reply, signedIn);
    },
  );

  app.post(
    '/store/auth/refresh',
    {
      schema: {
        operationId: 'storeRefresh',
        summary: 'Renew the access token',
        description:
          'Uses and rotates the refresh cookie. Replaying an already-used refresh token ends that whole session.',
        tags,
        response: { 200: customerSessionSchema, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const token = app.customerRefreshCookie.read(request);
      if (!token) throw new AppError('unauthenticated', 'No session to renew; sign in.');
      let session: Awaited<ReturnType<typeof rotateSession>>;
      try {
        session = await rotateSession(app.db, 'customer', token, clientOf(request));
      } catch (error) {
        app.customerRefreshCookie.clear(reply);
        throw error;
      }
      const customer = await getActiveCustomer(app.db, session.subjectId);
      if (!customer) {
        await endSession(app.db, session.refreshToken);
        app.customerRefreshCookie.clear(reply);
        throw new AppError('unauthenticated', 'This account is no longer active.');
      }
      return replyWithSession(reply, { customer, session });
    },
  );

  app.post(
    '/store/auth/logout',
    {
      schema: {
        operationId: 'storeLogout',
        summary: 'Sign out',
        description:
          'Ends the session of the refresh cookie (its access tokens expire on their own within minutes).',
        tags,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const token = app.customerRefreshCookie.read(request);
      if (token) await endSession(app.db, token);
      app.customerRefreshCookie.clear(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/store/auth/password-reset',
    {
      preHandler: [perIp('reset'), perAccount('reset')],
      schema: {
        operationId: 'storeRequestPasswordReset',
        summary: 'Email a password-reset link',
        description: 'Always 202, whether or not an account exists for the email.',
        tags,
        body: passwordResetRequestSchema,
        response: { 202: acceptedSchema, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      // Answer first, work after: the response and its timing are the same whether the account exists.
      setImmediate(() => {
        requestPasswordReset(app.db, request.body.email, options).catch((error: unknown) =>
          request.log.error({ err: error }, 'password reset request failed'),
        );
      });
      return reply.code(202).send({});
    },
  );

  app.post(
    '/store/auth/password-reset/confirm',
    {
      preHandler: [perIp('reset-confirm')],
      schema: {
        operationId: 'storeConfirmPasswordReset',
        summary: 'Choose a new password with a reset link',
        description: 'The link works once; every session of the account ends.',
        tags,
        body: passwordResetConfirmSchema,
        response: { 204: z.undefined(), ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app.db, request.body.token, request.body.password);
      return reply.code(204).send();
    },
  );
};
