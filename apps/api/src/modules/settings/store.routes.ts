import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { storeSettingsSchema } from './settings.schemas';
import { getStoreSettings } from './settings.service';

export const settingsStoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/store/settings',
    {
      schema: {
        operationId: 'storeGetSettings',
        summary: 'Public store settings',
        description: 'Name, currency, country and tax display of the store, for storefronts.',
        tags: ['Store: settings'],
        response: { 200: storeSettingsSchema },
      },
    },
    async (_request, reply) => {
      // Revalidate every time: a rename in the back-office must show on the next storefront load.
      reply.header('cache-control', 'no-cache');
      return getStoreSettings(app.db);
    },
  );
};
