import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { listQueryFields } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import { getStoreProduct, listAdminProducts } from './product-queries.service';
import {
  adminProductPageSchema,
  adminProductSchema,
  bulkActionSchema,
  newProductSchema,
  productUpdateSchema,
  storeProductSchema,
  variantInputSchema,
  variantPatchSchema,
  variantsReplaceSchema,
} from './products.schemas';
import {
  addVariant,
  bulkUpdateProducts,
  type CatalogContext,
  createProduct,
  deleteProducts,
  deleteVariant,
  duplicateProduct,
  getAdminProduct,
  replaceVariants,
  updateProduct,
  updateVariant,
} from './products.service';

const adminTags = ['Admin: catalog'];
const params = z.object({ id: z.string().min(1).max(64) });
const variantParams = params.extend({ variantId: z.string().min(1).max(64) });
// Schemas with an id are built once per process (the OpenAPI registry is global).
const newVariantSchema = variantInputSchema.meta({
  id: 'VariantInput',
  examples: [
    {
      sku: 'PLAID-LAINE-GRIS',
      options: { Couleur: 'Gris' },
      price: 8900,
      compareAtPrice: null,
      weightGrams: 1200,
      stockOnHand: 12,
    },
  ],
});
const bulkResultSchema = z.object({ affected: z.number().int() }).meta({ id: 'BulkResult' });

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Prices are in the store currency (one currency per store for now). */
  const context = async (): Promise<CatalogContext> => ({
    db: app.db,
    media: app.media,
    currency: (await getStoreSettings(app.db)).currency,
  });

  app.get(
    '/admin/products',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminListProducts',
        summary: 'List products',
        description:
          '`q` searches title, handle and SKUs; `category` includes sub-categories; `stock=low` means a tracked ' +
          'variant with 1 to 5 units left.',
        tags: adminTags,
        security: adminSecurity,
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          status: z.enum(['draft', 'active', 'archived']).optional(),
          category: z.string().max(64).optional().meta({ description: 'Category id.' }),
          stock: z.enum(['in_stock', 'low', 'out']).optional(),
          sort: z
            .enum([
              'newest',
              'updated',
              'title_asc',
              'title_desc',
              'price_asc',
              'price_desc',
              'stock_asc',
              'stock_desc',
            ])
            .default('newest'),
          ...listQueryFields,
        }),
        response: { 200: adminProductPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { category, ...query } = request.query;
      return listAdminProducts(await context(), { ...query, categoryId: category });
    },
  );

  app.post(
    '/admin/products',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminCreateProduct',
        summary: 'Create a product with its options and variants',
        description:
          'Creates the product (a `draft` unless `status` says otherwise; the `handle` is derived from the ' +
          'title when absent) with its options, variants, categories and features in one transaction, and ' +
          'emits the `product.created` webhook event. Every variant must name one listed value of each ' +
          'option, with no two variants alike, unique SKUs and existing categories: 400 ' +
          '`validation_failed` lists every problem by field. 409 `conflict` for a handle already in use ' +
          '(or a SKU taken meanwhile).',
        tags: adminTags,
        security: adminSecurity,
        body: newProductSchema,
        response: { 201: adminProductSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await createProduct(await context(), request.body)),
  );

  app.post(
    '/admin/products/bulk',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminBulkProducts',
        summary: 'Apply one action to many products',
        description:
          'Change status, delete, or change every price (and compare-at price) by a percentage, rounded half ' +
          'up to the minor unit. Unknown ids are skipped; `affected` counts the products changed.',
        tags: adminTags,
        security: adminSecurity,
        body: bulkActionSchema,
        response: { 200: bulkResultSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      affected: await bulkUpdateProducts(await context(), request.body.ids, request.body.action),
    }),
  );

  app.get(
    '/admin/products/:id',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminGetProduct',
        summary: 'A product with its variants and images',
        description:
          'The product with its options, variants (prices, stock), categories, features, images and the ' +
          '`version` to send back when changing it. 404 for an unknown product.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: adminProductSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getAdminProduct(await context(), request.params.id),
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
        response: { 200: adminProductSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const ctx = await context();
      const before = await getAdminProduct(ctx, request.params.id);
      const after = await updateProduct(ctx, request.params.id, request.body);
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.delete(
    '/admin/products/:id',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminDeleteProduct',
        summary: 'Delete a product with its variants and images',
        description: 'To take a product off sale but keep it, set its status to `archived` instead.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      if ((await deleteProducts(await context(), [request.params.id])) === 0) {
        throw new AppError('not_found', 'No such product.');
      }
      return reply.code(204).send();
    },
  );

  app.post(
    '/admin/products/:id/duplicate',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminDuplicateProduct',
        summary: 'Copy a product as a draft',
        description:
          '"Copy of …", a free handle, SKUs suffixed `-COPY`, the same options, categories and images.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 201: adminProductSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await duplicateProduct(await context(), request.params.id)),
  );

  app.put(
    '/admin/products/:id/variants',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminReplaceVariants',
        summary: "Replace a product's options and variants",
        description:
          'The variants matrix at once: variants with an `id` are updated, those without created, the others ' +
          'deleted. Send the product `version` you edited (409 when stale).',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: variantsReplaceSchema,
        response: { 200: adminProductSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => replaceVariants(await context(), request.params.id, request.body),
  );

  app.post(
    '/admin/products/:id/variants',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminAddVariant',
        summary: 'Add a variant',
        description:
          'Adds one variant at the end; its `options` must name one listed value of each product option, ' +
          'in a combination no other variant has, with an unused SKU (400 `validation_failed`). Moves the ' +
          "product's `version` on, emits `product.updated` and answers the whole product. 404 for an " +
          'unknown product; 409 `version_conflict` if the product changed meanwhile.',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: newVariantSchema,
        response: { 201: adminProductSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addVariant(await context(), request.params.id, request.body)),
  );

  app.patch(
    '/admin/products/:id/variants/:variantId',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminUpdateVariant',
        summary: "Change a variant's price, stock or other fields",
        description:
          'Without `version` the change applies to the current product (integrators updating prices or stock); ' +
          "either way the product's version moves on.",
        tags: adminTags,
        security: adminSecurity,
        params: variantParams,
        body: variantPatchSchema,
        response: { 200: adminProductSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const ctx = await context();
      const before = await getAdminProduct(ctx, request.params.id);
      const after = await updateVariant(ctx, request.params.id, request.params.variantId, request.body);
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.delete(
    '/admin/products/:id/variants/:variantId',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminDeleteVariant',
        summary: 'Delete a variant (a product keeps at least one)',
        description:
          "Deletes the variant, moves the product's `version` on, emits `product.updated` and answers the " +
          "whole product. 409 `conflict` for the product's last variant; 404 for an unknown product or " +
          'variant.',
        tags: adminTags,
        security: adminSecurity,
        params: variantParams,
        response: { 200: adminProductSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => deleteVariant(await context(), request.params.id, request.params.variantId),
  );

  app.get(
    '/store/products/:handle',
    {
      schema: {
        operationId: 'storeGetProduct',
        summary: 'An active product with its variants, availability, images and breadcrumb',
        description: 'May be reused for up to `CATALOG_CACHE_SECONDS` by other API instances.',
        tags: ['Store: catalog'],
        params: z.object({ handle: z.string().min(1).max(100) }),
        response: { 200: storeProductSchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      // Shares the listing cache (and its invalidation on catalog writes through this instance).
      return app.listingCache.getOrCompute(`product:${request.params.handle}`, async () =>
        getStoreProduct(await context(), request.params.handle),
      );
    },
  );
};
