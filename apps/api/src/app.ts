import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import { apiKeyRoutes } from './modules/api-keys/admin.routes';
import { auditRoutes } from './modules/audit';
import { cartRoutes } from './modules/carts/carts.routes';
import { categoryRoutes } from './modules/catalog/categories.routes';
import { inventoryRoutes } from './modules/catalog/inventory.routes';
import { createListingCache, type ListingCache } from './modules/catalog/listing-cache';
import { productImageRoutes } from './modules/catalog/product-images.routes';
import { productImportRoutes } from './modules/catalog/product-imports.routes';
import { productRoutes } from './modules/catalog/products.routes';
import { sitemapRoutes } from './modules/catalog/sitemap.routes';
import { storeProductRoutes } from './modules/catalog/store-products.routes';
import {
  contentAdminRoutes,
  contentPagesRoutes,
  contentPagesSitemapRoutes,
  contentStoreRoutes,
  createPreviewTokens,
} from './modules/content';
import { customerAdminRoutes } from './modules/customers/admin.routes';
import { customerAccountRoutes } from './modules/customers/store-account.routes';
import { customerAuthRoutes } from './modules/customers/store-auth.routes';
import { documentRoutes } from './modules/documents/documents.routes';
import { employeeAuthRoutes } from './modules/employees/auth.routes';
import { savedViewRoutes } from './modules/employees/saved-views.routes';
import { staffRoutes } from './modules/employees/staff.routes';
import { healthRoutes } from './modules/health/health.routes';
import { mailAdminRoutes } from './modules/mail/admin.routes';
import { mediaRoutes } from './modules/media/media.routes';
import { createMediaStorage, type MediaStorage } from './modules/media/media-storage';
import { messageRoutes } from './modules/messages/messages.routes';
import { adminOrderRoutes } from './modules/orders/admin-orders.routes';
import { returnRoutes } from './modules/orders/returns.routes';
import { storeOrderRoutes } from './modules/orders/store-orders.routes';
import { promotionRoutes, shippingTaxRoutes } from './modules/pricing';
import { settingsAdminRoutes, settingsStoreRoutes } from './modules/settings';
import { statsRoutes } from './modules/stats';
import { webhookRoutes, webhookSecretKey } from './modules/webhooks';
import { adminAuthPlugin, deriveSecret } from './plugins/admin-auth';
import { auditPlugin } from './plugins/audit';
import { customerAuthPlugin } from './plugins/customer-auth';
import { dbPlugin } from './plugins/db';
import { gracefulClosePlugin } from './plugins/graceful-close';
import { idempotencyPlugin } from './plugins/idempotency';
import { openapiPlugin } from './plugins/openapi';
import { problemDetailsPlugin } from './plugins/problem-details';
import { rateLimitPlugin } from './plugins/rate-limit';
import { routeTablePlugin } from './plugins/route-table';
import { securityPlugin } from './plugins/security';
import { newId } from './shared/ids';

export interface AppDependencies {
  config: Pick<
    AppConfig,
    | 'env'
    | 'corsOrigins'
    | 'bodyLimit'
    | 'adminTokenTtlSeconds'
    | 'customerTokenTtlSeconds'
    | 'trustProxy'
    | 'storefrontUrl'
    | 'authRateLimit'
    | 'apiRateLimit'
    | 'secureCookies'
    | 'media'
    | 'catalogCacheSeconds'
    | 'webhooks'
  >;
  /** Where uploads go; the local folder `config.media.dir` when absent. */
  mediaStorage?: MediaStorage;
  db: Database;
  /** Secret from which token signing keys are derived (at least 32 characters). */
  jwtSecret: string;
  /** A pino logger; none means silent (tests). */
  logger?: FastifyBaseLogger;
  /** The time scheduled content is shown against; the system clock when absent (tests inject their own). */
  clock?: () => Date;
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    media: MediaStorage;
    listingCache: ListingCache;
  }
}

/** Writes after which cached storefront answers (listings, product pages, content) are recomputed. */
const catalogWrite = /^\/admin\/(products|categories|content)(\/|$|\?)/;

/**
 * Builds the API: plugins, then modules. Has no side effects beyond the instance it returns, never
 * listens (server.ts does; tests use `app.inject`), and does not own the database handle.
 */
export async function buildApp(deps: AppDependencies): Promise<App> {
  if (deps.jwtSecret.length < 32) throw new Error('jwtSecret must be at least 32 characters');
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId('request'),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(routeTablePlugin);
  await app.register(gracefulClosePlugin);
  await app.register(problemDetailsPlugin);
  await app.register(dbPlugin, { db: deps.db });
  await app.register(securityPlugin, { corsOrigins: deps.config.corsOrigins });
  await app.register(openapiPlugin);
  await app.register(rateLimitPlugin, { perMinute: deps.config.apiRateLimit });
  await app.register(fastifyCookie);
  await app.register(adminAuthPlugin, {
    secret: deps.jwtSecret,
    tokenTtlSeconds: deps.config.adminTokenTtlSeconds,
    secureCookies: deps.config.secureCookies,
  });
  await app.register(auditPlugin);
  await app.register(customerAuthPlugin, {
    secret: deps.jwtSecret,
    tokenTtlSeconds: deps.config.customerTokenTtlSeconds,
    secureCookies: deps.config.secureCookies,
  });

  app.decorate('media', deps.mediaStorage ?? createMediaStorage(deps.config.media));
  app.decorate('listingCache', createListingCache({ ttlMs: deps.config.catalogCacheSeconds * 1000 }));
  // A catalog change made through this instance is visible to its next listing at once.
  app.addHook('onSend', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400 && catalogWrite.test(request.url)) {
      app.listingCache.clear();
    }
  });

  await app.register(idempotencyPlugin);

  await app.register(healthRoutes);
  await app.register(settingsStoreRoutes);
  await app.register(settingsAdminRoutes);
  await app.register(employeeAuthRoutes, { rateLimit: deps.config.authRateLimit });
  await app.register(staffRoutes);
  await app.register(customerAdminRoutes);
  await app.register(apiKeyRoutes);
  await app.register(webhookRoutes, {
    secretKey: webhookSecretKey(deps.jwtSecret),
    allowPrivateNetworks: deps.config.webhooks.allowPrivateNetworks,
  });
  await app.register(auditRoutes);
  await app.register(mailAdminRoutes, { showBodies: deps.config.env !== 'production' });
  await app.register(customerAuthRoutes, {
    storefrontUrl: deps.config.storefrontUrl,
    rateLimit: deps.config.authRateLimit,
  });
  await app.register(customerAccountRoutes);
  await app.register(categoryRoutes);
  await app.register(productRoutes);
  await app.register(storeProductRoutes);
  await app.register(productImageRoutes);
  await app.register(productImportRoutes);
  await app.register(cartRoutes);
  const orderLinks = {
    storefrontUrl: deps.config.storefrontUrl,
    orderLinkSecret: deriveSecret(deps.jwtSecret, 'order-links'),
  };
  await app.register(storeOrderRoutes, orderLinks);
  await app.register(adminOrderRoutes, orderLinks);
  await app.register(returnRoutes, orderLinks);
  await app.register(documentRoutes, orderLinks);
  await app.register(messageRoutes, {
    storefrontUrl: deps.config.storefrontUrl,
    threadLinkSecret: deriveSecret(deps.jwtSecret, 'thread-links'),
  });
  await app.register(savedViewRoutes);
  await app.register(statsRoutes);
  await app.register(inventoryRoutes);
  await app.register(shippingTaxRoutes);
  await app.register(promotionRoutes);
  await app.register(sitemapRoutes, { storefrontUrl: deps.config.storefrontUrl });
  await app.register(mediaRoutes);
  const clock = deps.clock ?? (() => new Date());
  const previewTokens = createPreviewTokens(deps.jwtSecret);
  await app.register(contentAdminRoutes, { storefrontUrl: deps.config.storefrontUrl, previewTokens, clock });
  await app.register(contentStoreRoutes, { previewTokens, clock });
  await app.register(contentPagesRoutes);
  await app.register(contentPagesSitemapRoutes, { storefrontUrl: deps.config.storefrontUrl });

  return app;
}
