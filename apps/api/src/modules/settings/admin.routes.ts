import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { adminSettingsSchema, settingsUpdateSchema } from './settings.schemas';
import { getAdminSettings, updateSettings } from './settings.service';

export const settingsAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/settings',
    {
      config: { permission: 'settings:read' },
      schema: {
        operationId: 'adminGetSettings',
        summary: 'Store settings',
        description:
          "The store's settings (name, legal details, currency, time zone, tax display, return window, " +
          'payment capture, security) with the `version` to send back when changing them.',
        tags: ['Admin: settings'],
        security: adminSecurity,
        response: { 200: adminSettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async () => getAdminSettings(app.db),
  );

  app.patch(
    '/admin/settings',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminUpdateSettings',
        summary: 'Change store settings',
        description: 'Partial update. Send the `version` you read to be protected against concurrent edits.',
        tags: ['Admin: settings'],
        security: adminSecurity,
        body: settingsUpdateSchema,
        response: { 200: adminSettingsSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => {
      // Requiring two-factor from an account without it would lock its owner out of this very setting.
      if (
        request.body.requireEmployeeTwoFactor === true &&
        request.employee &&
        !request.employee.twoFactorEnabled
      ) {
        throw new AppError(
          'conflict',
          'Turn on two-factor authentication for your own account before requiring it.',
        );
      }
      const before = await getAdminSettings(app.db);
      const after = await updateSettings(app.db, request.body);
      request.auditChanges = { before, after };
      return after;
    },
  );
};
