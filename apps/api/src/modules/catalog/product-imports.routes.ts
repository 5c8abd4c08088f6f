import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { AppError } from '../../shared/app-error';
import { csvResponse, csvStream, sendCsv } from '../../shared/csv';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import { productCsvColumns } from './product-csv';
import { productCsvBatches } from './product-export.service';
import { maxImportBytes, SpooledUpload, spoolUpload } from './product-import-upload';
import {
  productExportQuerySchema,
  productImportListQuerySchema,
  productImportListSchema,
  productImportQuerySchema,
  productImportSchema,
} from './product-imports.schemas';
import { createProductImport, getProductImport, listProductImports } from './product-imports.service';

const tags = ['Admin: catalog'];
const params = z.object({ id: z.string().min(1).max(64) });
const formatDescription =
  'One row per variant, UTF-8, comma-separated with RFC 4180 quoting, header row: ' +
  `\`${productCsvColumns.join(',')}\`. Rows of a product are consecutive and share \`handle\`; its own fields ` +
  '(title, description, status, tags, categories, option names, image_urls) are on its first row. Lists ' +
  '(`tags`, `categories` as category handles, `image_urls`) are `|`-separated; prices are decimal text in the ' +
  'store currency (`19.90`); `track_inventory` / `allow_backorder` are `true` or `false`.';

/** The CSV upload, for the OpenAPI document (the body is read by this plugin's text/csv parser). */
const csvUploadBody = {
  contentType: 'text/csv',
  schema: {
    type: 'string',
    format: 'binary',
    description: `A product CSV file, at most 50 MB. ${formatDescription}`,
  },
};

/** Product CSV export and import (`/admin/products/export.csv`, `/admin/product-imports`). */
export const productImportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: a CSV body is streamed to a temporary file, never held in memory.
  app.addContentTypeParser(
    'text/csv',
    { bodyLimit: maxImportBytes },
    async (_request: FastifyRequest, payload: IncomingMessage) => spoolUpload(payload),
  );
  // The temporary file goes once the answer is sent, whatever happened (stored in the database by then).
  app.addHook('onResponse', async (request) => {
    if (request.body instanceof SpooledUpload) await request.body.remove();
  });

  app.get(
    '/admin/products/export.csv',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminExportProducts',
        summary: 'Products as CSV (one row per variant), with the list’s filters',
        description:
          `Every matching product, streamed in batches (any size, bounded memory). ${formatDescription} Text ` +
          'that a spreadsheet would run as a formula is prefixed with an apostrophe (the import takes it off). ' +
          'The file re-imports unchanged.',
        tags,
        security: adminSecurity,
        querystring: productExportQuerySchema,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { category, categoryId, ...filter } = request.query;
      const { currency } = await getStoreSettings(app.db);
      return sendCsv(
        reply,
        `products-${new Date().toISOString().slice(0, 10)}.csv`,
        csvStream(
          productCsvColumns,
          productCsvBatches(app.db, app.media, currency, { ...filter, categoryId: categoryId ?? category }),
        ),
      );
    },
  );

  app.post(
    '/admin/product-imports',
    {
      bodyLimit: maxImportBytes,
      config: { permission: 'catalog:write', openapiBody: csvUploadBody },
      schema: {
        operationId: 'adminImportProducts',
        summary: 'Import products from a CSV file (202: runs as a job)',
        description:
          'Send the file as the body with `Content-Type: text/csv` (at most 50 MB: 413 above). Answers 202 at ' +
          'once with the import, `queued`; poll it. The job checks every row first (errors by line and column, ' +
          'nothing written); with no error it applies all rows in one transaction: products matched by ' +
          '`handle` are updated, others created; variants matched by `sku` are updated, others created; stock ' +
          'changes are recorded in the stock ledger as adjustments ("CSV import"). Nothing is deleted. ' +
          '`dryRun=true` only checks and counts. The `image_urls` of products the import creates are downloaded ' +
          'after the commit (http(s), public addresses only, 10 MB each, through the image pipeline) or copied ' +
          'when they are the path of a picture already in the catalog (`/media/…`, as the export writes it; the import ' +
          'stays `applying` meanwhile); an image that fails is a warning on `image_urls`, not a failure. ' +
          'Existing products keep their images.',
        tags,
        security: adminSecurity,
        querystring: productImportQuerySchema,
        response: { 202: productImportSchema, ...problemResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const upload = request.body;
      if (!(upload instanceof SpooledUpload)) {
        throw new AppError(
          'unsupported_media_type',
          'Send the CSV file as the body, with Content-Type: text/csv.',
        );
      }
      const actor = currentActor(request);
      const created = await createProductImport(app.db, {
        filePath: upload.path,
        byteSize: upload.byteSize,
        dryRun: request.query.dryRun,
        fileName: request.query.fileName || null,
        actor: { id: actor.id, name: actor.label },
      });
      return reply.code(202).send(created);
    },
  );

  app.get(
    '/admin/product-imports',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminListProductImports',
        summary: 'Product imports, newest first',
        description: 'Cursor-paginated, newest first, each with its status, progress, counts and errors.',
        tags,
        security: adminSecurity,
        querystring: productImportListQuerySchema,
        response: { 200: productImportListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listProductImports(app.db, request.query),
  );

  app.get(
    '/admin/product-imports/:id',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminGetProductImport',
        summary: 'A product import: status, progress, counts and errors',
        description:
          'Poll it to follow an import: `status` goes `queued` → `validating` → `applying` → `succeeded`, ' +
          'or `failed` with nothing written; `rowsProcessed` of `rowsTotal` gives the progress, `errors` ' +
          'the problems by row and column. A dry run stops after validating. 404 for an unknown import.',
        tags,
        security: adminSecurity,
        params,
        response: { 200: productImportSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getProductImport(app.db, request.params.id),
  );
};
