import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { listRecentMail } from './mail.service';

const mailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    template: z.string(),
    subject: z.string(),
    status: z.enum(['outbox', 'sending', 'sent', 'failed']).meta({
      description: 'outbox: waiting (forever, when no SMTP is configured); failed: gave up after retries.',
    }),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    text: z
      .string()
      .nullable()
      .meta({ description: 'The message body; only outside production (links in it act for the customer).' }),
  })
  .meta({ id: 'OutboxMail' });
const mailListSchema = z.object({ items: z.array(mailSchema) }).meta({ id: 'OutboxMailList' });

/** The emails the store sent or queued, newest first: the developers' outbox when no SMTP is configured. */
export const mailAdminRoutes: FastifyPluginAsyncZod<{ showBodies: boolean }> = async (app, options) => {
  app.get(
    '/admin/mail-outbox',
    {
      config: { permission: 'employees:manage' },
      schema: {
        operationId: 'adminListOutboxMail',
        summary: 'Emails sent by the store (latest 100)',
        description:
          'The 100 most recent emails the store sent or queued, newest first, with their delivery status ' +
          'and attempts. The body (`text`) is only shown outside production, since its links act for the ' +
          'customer.',
        tags: ['Admin: settings'],
        security: adminSecurity,
        response: { 200: mailListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => {
      const rows = await listRecentMail(app.db, 100);
      return {
        items: rows.map((row) => ({
          id: row.id,
          to: row.toAddress,
          template: row.template,
          subject: row.subject,
          status: row.status,
          attempts: row.attempts,
          lastError: row.lastError,
          createdAt: row.createdAt.toISOString(),
          text: options.showBodies ? row.textBody : null,
        })),
      };
    },
  );
};
