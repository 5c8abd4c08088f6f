import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { AppError } from '../../shared/app-error';
import { listQueryFields } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import {
  employeeCreateSchema,
  employeePageSchema,
  employeeSummarySchema,
  employeeUpdateSchema,
  idParamsSchema,
  permissionListSchema,
  roleCreateSchema,
  roleListSchema,
  roleSchema,
  roleUpdateSchema,
} from './employees.schemas';
import {
  createEmployee,
  getEmployeeRole,
  getEmployeeSummary,
  listEmployees,
  updateEmployee,
} from './employees.service';
import { permissionDescriptions, permissions } from './permissions';
import { assertCanGrant, createRole, listRoles, permissionsOfRole, updateRole } from './roles.service';

const security = adminSecurity;

/** Employees, roles and permissions: owners' business (`employees:manage`). */
export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Giving (or changing someone who has) a role needs every permission of that role. */
  async function assertCanAssignRole(request: FastifyRequest, role: string) {
    const granted = await permissionsOfRole(app.db, role);
    if (!granted) {
      throw new AppError('validation_failed', 'Unknown role.', [
        { path: 'role', message: 'Choose an existing role.' },
      ]);
    }
    assertCanGrant(currentActor(request).permissions, granted);
  }

  const employeeTags = ['Admin: employees'];
  app.get(
    '/admin/employees',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminListEmployees',
        summary: 'List employees',
        description:
          'Employees in creation order, cursor-paginated; `q` matches part of the email, first or last ' +
          'name (case-insensitive). Inactive employees are included.',
        tags: employeeTags,
        security,
        querystring: z.object({ q: z.string().trim().max(100).optional(), ...listQueryFields }),
        response: { 200: employeePageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listEmployees(app.db, request.query),
  );

  app.post(
    '/admin/employees',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminCreateEmployee',
        summary: 'Add an employee',
        description:
          'Creates an employee with a password and a role. You can only give a role whose permissions you ' +
          'all hold (403 `forbidden`); 400 `validation_failed` for an unknown role, 409 `conflict` for an ' +
          'email already taken.',
        tags: employeeTags,
        security,
        body: employeeCreateSchema,
        response: { 201: employeeSummarySchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      await assertCanAssignRole(request, request.body.role);
      return reply.code(201).send(await createEmployee(app.db, request.body));
    },
  );

  app.patch(
    '/admin/employees/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminUpdateEmployee',
        summary: 'Change an employee (names, role, active)',
        description:
          'A role change or deactivation signs the employee out at once. The last active owner stays.',
        tags: employeeTags,
        security,
        params: idParamsSchema,
        body: employeeUpdateSchema,
        response: { 200: employeeSummarySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const target = await getEmployeeRole(app.db, request.params.id);
      if (target) await assertCanAssignRole(request, target);
      if (request.body.role !== undefined) await assertCanAssignRole(request, request.body.role);
      const before = await getEmployeeSummary(app.db, request.params.id);
      const after = await updateEmployee(app.db, request.params.id, request.body);
      if (before) request.auditChanges = { before, after };
      return after;
    },
  );

  const roleTags = ['Admin: roles'];
  app.get(
    '/admin/permissions',
    {
      // The catalogue of permissions is no secret: any employee may read it (role and API key forms).
      config: { permission: 'self' },
      schema: {
        operationId: 'adminListPermissions',
        summary: 'Every permission a role or API key can hold',
        description:
          'Each permission key with its description, for building role and API key forms. Any signed-in ' +
          'employee may read it.',
        tags: roleTags,
        security,
        response: { 200: permissionListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: permissions.map((key) => ({ key, description: permissionDescriptions[key] })) }),
  );

  app.get(
    '/admin/roles',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminListRoles',
        summary: 'Built-in and custom roles',
        description:
          "The built-in roles (read-only) followed by the store's custom roles, each with its permissions.",
        tags: roleTags,
        security,
        response: { 200: roleListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: await listRoles(app.db) }),
  );

  app.post(
    '/admin/roles',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminCreateRole',
        summary: 'Create a custom role',
        description:
          'Creates a named role with a set of permissions. You can only grant permissions you hold ' +
          'yourself (403 `forbidden`); 409 `conflict` when a built-in or custom role already has the name ' +
          '(case-insensitive for built-in names).',
        tags: roleTags,
        security,
        body: roleCreateSchema,
        response: { 201: roleSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      assertCanGrant(currentActor(request).permissions, request.body.permissions);
      return reply.code(201).send(await createRole(app.db, request.body));
    },
  );

  app.patch(
    '/admin/roles/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminUpdateRole',
        summary: 'Change a custom role',
        description: 'Employees holding the role get the new permissions on their next request.',
        tags: roleTags,
        security,
        params: idParamsSchema,
        body: roleUpdateSchema,
        response: { 200: roleSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const held = currentActor(request).permissions;
      assertCanGrant(held, (await permissionsOfRole(app.db, request.params.id)) ?? []);
      assertCanGrant(held, request.body.permissions ?? []);
      const before = (await listRoles(app.db)).find((role) => role.id === request.params.id);
      const after = await updateRole(app.db, request.params.id, request.body);
      if (before) request.auditChanges = { before, after };
      return after;
    },
  );
};
