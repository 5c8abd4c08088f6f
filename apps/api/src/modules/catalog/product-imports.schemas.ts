import { z } from 'zod';
import { listQueryFields } from '../../shared/pagination';

const count = z.number().int();

export const productImportSchema = z
  .object({
    id: z.string().meta({ description: '`pim_…`' }),
    status: z.enum(['queued', 'validating', 'applying', 'succeeded', 'failed']).meta({
      description:
        '`queued` → `validating` (every row is checked, nothing written) → `applying` (one transaction, then ' +
        'the images of created products) → ' +
        '`succeeded`; any error (or a problem while applying) → `failed` with nothing written. A dry run stops ' +
        'after validating: `succeeded` with the counts it would create and update, or `failed`.',
    }),
    dryRun: z.boolean(),
    fileName: z.string().nullable(),
    rowsTotal: count.nullable().meta({ description: 'Data rows in the file, once read through.' }),
    rowsProcessed: count.meta({ description: 'Rows validated (then applied) so far, for a progress bar.' }),
    products: z.object({ created: count, updated: count }),
    variants: z.object({ created: count, updated: count }),
    errors: z
      .array(
        z.object({
          row: count.meta({ description: 'Line in the file (the header is line 1).' }),
          column: z.string().nullable(),
          message: z.string(),
        }),
      )
      .meta({
        description:
          'At most 500 problems, in file order. Warnings that do not fail the import (`image_urls`) are listed too.',
      }),
    errorCount: count.meta({ description: 'Every problem found, including those not kept in `errors`.' }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    createdBy: z
      .string()
      .nullable()
      .meta({ description: 'Name of the employee or API key that uploaded it.' }),
  })
  .meta({ id: 'ProductImport' });

export type ProductImport = z.infer<typeof productImportSchema>;

export const productImportListSchema = z
  .object({ items: z.array(productImportSchema), total: count, nextCursor: z.string().nullable() })
  .meta({ id: 'ProductImportList' });

export const productImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: '`true`: validate and count only, write nothing.' }),
  fileName: z.string().trim().max(200).optional().meta({ description: 'The name of the uploaded file.' }),
});

export const productImportListQuerySchema = z.object({ ...listQueryFields });

export const productExportQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['draft', 'active', 'archived']).optional(),
  categoryId: z.string().max(64).optional().meta({ description: 'Category id (with its sub-categories).' }),
  category: z.string().max(64).optional().meta({ description: 'Same as `categoryId` (the list’s name).' }),
});
