import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { listAudit } from './audit.service';

const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actorKind: z.enum(['employee', 'api_key']),
    actorId: z.string(),
    actorLabel: z.string(),
    action: z.string().meta({ description: 'The operationId of the call, e.g. adminUpdateSettings.' }),
    method: z.string(),
    path: z.string(),
    targetId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()).meta({ description: 'The request body, secrets redacted.' }),
    changes: z
      .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
      .nullable()
      .meta({ description: 'Before and after of each changed field, for updates.' }),
  })
  .meta({ id: 'AuditEntry' });

const auditPageSchema = pageSchema(auditEntrySchema, 'AuditPage');

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/audit-log',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminListAuditLog',
        summary: 'Audit log of Admin API changes',
        description:
          'Every Admin API change, newest first, cursor-paginated: `action` matches part of the ' +
          'operationId (case-insensitive), `actorId` an employee or API key, `from`/`to` bound the time ' +
          '(inclusive). Each entry has the request body with secrets redacted and, for updates, the before ' +
          'and after of each changed field.',
        tags: ['Admin: audit'],
        security: adminSecurity,
        querystring: z.object({
          action: z.string().trim().max(100).optional(),
          actorId: z.string().max(64).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          ...listQueryFields,
        }),
        response: { 200: auditPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listAudit(app.db, request.query),
  );
};
