import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQueryFields } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  adminProductPageSchema,
  adminProductSchema,
  newProductSchema,
  productUpdateSchema,
  storeProductSchema,
} from './products.schemas';
import {
  createProduct,
  getAdminProduct,
  getStoreProduct,
  listAdminProducts,
  updateProduct,
} from './products.service';

const adminTags = ['Admin: catalog'];
const params = z.object({ id: z.string().min(1).max(64) });

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Prices are in the store currency (one currency per store for now). */
  const storeCurrency = async () => (await getStoreSettings(app.db)).currency;

  app.get(
    '/admin/products',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminListProducts',
        summary: 'List products',
        description: 'Newest first; `q` searches title and handle.',
        tags: adminTags,
        security: adminSecurity,
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          status: z.enum(['draft', 'active', 'archived']).optional(),
          ...listQueryFields,
        }),
        response: { 200: adminProductPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listAdminProducts(app.db, request.query),
  );

  app.post(
    '/admin/products',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminCreateProduct',
        summary: 'Create a product with its options and variants',
        tags: adminTags,
        security: adminSecurity,
        body: newProductSchema,
        response: { 201: adminProductSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProduct(app.db, request.body, await storeCurrency())),
  );

  app.get(
    '/admin/products/:id',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminGetProduct',
        summary: 'A product with its variants',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: adminProductSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getAdminProduct(app.db, request.params.id, await storeCurrency()),
  );

  app.patch(
    '/admin/products/:id',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminUpdateProduct',
        summary: 'Change a product (general fields, categories, features)',
        description: 'Send the `version` you edited; a stale one is refused with 409 `version_conflict`.',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: productUpdateSchema,
        response: { 200: adminProductSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const currency = await storeCurrency();
      const before = await getAdminProduct(app.db, request.params.id, currency);
      const after = await updateProduct(app.db, request.params.id, request.body, currency);
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.get(
    '/store/products/:handle',
    {
      schema: {
        operationId: 'storeGetProduct',
        summary: 'An active product with its variants and availability',
        tags: ['Store: catalog'],
        params: z.object({ handle: z.string().min(1).max(100) }),
        response: { 200: storeProductSchema, ...problemResponses(404) },
      },
    },
    async (request) => getStoreProduct(app.db, request.params.handle, await storeCurrency()),
  );
};
