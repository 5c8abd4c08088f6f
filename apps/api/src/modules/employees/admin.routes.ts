import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { adminLoginBodySchema, adminSessionSchema, employeeSchema } from './employees.schemas';
import { authenticateEmployee } from './employees.service';

export const employeeAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/admin/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'adminLogin',
        summary: 'Sign in as an employee',
        description: 'Returns a short-lived bearer access token for the Admin API.',
        tags: ['Admin: auth'],
        body: adminLoginBodySchema,
        response: { 200: adminSessionSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const employee = await authenticateEmployee(app.db, request.body.email, request.body.password);
      const token = await app.signAdminToken(employee);
      return { ...token, employee };
    },
  );

  app.get(
    '/admin/me',
    {
      config: { permission: 'self' },
      schema: {
        operationId: 'adminGetMe',
        summary: 'The signed-in employee',
        tags: ['Admin: auth'],
        security: [{ employeeBearer: [] }],
        response: { 200: employeeSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      if (!request.employee) throw new AppError('unauthenticated');
      return request.employee;
    },
  );
};
