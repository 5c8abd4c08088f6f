import { z } from 'zod';
import { handleSchema } from '../../shared/handles';
import { listQueryFields, pageSchema as listSchema } from '../../shared/pagination';
import { pageStatuses } from './content.tables';

// ——— Request bodies (module-level constants: their `meta({ id })` names the OpenAPI components) ———

/** The longest Markdown a page may hold (characters). */
export const pageMarkdownMaxLength = 100_000;

const title = z.string().trim().min(1, 'Enter a title.').max(200, 'Use 200 characters or fewer.');
const handle = handleSchema.meta({
  description: 'The page’s address on the storefront: `/pages/{handle}`. Unique among pages.',
});
const markdown = z
  .string()
  .max(pageMarkdownMaxLength, `Use ${pageMarkdownMaxLength.toLocaleString('en')} characters or fewer.`)
  .meta({
    description:
      'GitHub-flavoured Markdown. Raw HTML is allowed but sanitised: scripts, styles, frames, forms, event ' +
      'handlers and unsafe addresses are removed.',
  });
const seoTitle = z.string().trim().max(70, 'Use 70 characters or fewer.').nullable();
const seoDescription = z.string().trim().max(160, 'Use 160 characters or fewer.').nullable();
const status = z.enum(pageStatuses).meta({
  id: 'PageStatus',
  description: 'draft: only the back-office sees it; published: on the storefront.',
});
const version = z
  .number()
  .int()
  .positive()
  .meta({ description: 'The version you read; a stale one is refused with 409 `version_conflict`.' });

export const newPageSchema = z
  .strictObject({
    title,
    handle: handle.optional().meta({ description: 'Derived from the title when absent.' }),
    markdown,
    seoTitle: seoTitle.optional(),
    seoDescription: seoDescription.optional(),
    status: status.default('draft'),
  })
  .meta({
    id: 'NewPage',
    examples: [
      {
        title: 'Delivery & returns',
        handle: 'delivery-returns',
        markdown: '## Delivery\n\nWe ship within **2 working days**.\n\n- France: 4.90 €\n- Europe: 9.90 €',
        seoTitle: 'Delivery and returns',
        seoDescription: 'Delivery times, prices and how to return an item.',
        status: 'draft',
      },
    ],
  });
export type NewPage = z.infer<typeof newPageSchema>;

export const pageUpdateSchema = z
  .strictObject({
    version,
    title: title.optional(),
    handle: handle.optional(),
    markdown: markdown.optional(),
    seoTitle: seoTitle.optional(),
    seoDescription: seoDescription.optional(),
    status: status.optional(),
  })
  .meta({
    id: 'PageUpdate',
    examples: [{ version: 3, status: 'published', seoTitle: 'Delivery and returns' }],
  });
export type PageUpdate = z.infer<typeof pageUpdateSchema>;

export const pageRestoreSchema = z
  .strictObject({ version: version.optional() })
  .meta({ id: 'PageRestore', examples: [{ version: 5 }] });
export type PageRestore = z.infer<typeof pageRestoreSchema>;

export const pagePreviewRequestSchema = z
  .strictObject({ markdown })
  .meta({ id: 'PagePreviewRequest', examples: [{ markdown: '# About us\n\nA *small* shop in Lyon.' }] });

export const pageListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Part of the title or handle (case-insensitive).' }),
  status: status.optional(),
  ...listQueryFields,
});
export type PageListQuery = z.infer<typeof pageListQuerySchema>;

// ——— Responses ———

export const pageSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    markdown: z.string(),
    html: z
      .string()
      .meta({ description: 'The Markdown rendered and sanitised on save: what the storefront shows.' }),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    status,
    publishedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'When it was last published; null while it is a draft.' }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Page' });
export type Page = z.infer<typeof pageSchema>;

export const pageSummarySchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    status,
    updatedAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PageSummary' });
export type PageSummary = z.infer<typeof pageSummarySchema>;

export const pageListSchema = listSchema(pageSummarySchema, 'PageList');

export const pageRevisionSchema = z
  .object({
    id: z.string(),
    version: z.number().int().meta({ description: 'The page version this revision saved.' }),
    title: z.string(),
    status,
    createdAt: z.iso.datetime(),
    createdBy: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .meta({ description: 'The employee who saved it; null for an API key or a removed employee.' }),
  })
  .meta({ id: 'PageRevision' });
export type PageRevision = z.infer<typeof pageRevisionSchema>;

export const pageRevisionListSchema = z
  .object({ items: z.array(pageRevisionSchema) })
  .meta({ id: 'PageRevisionList' });

export const pagePreviewSchema = z
  .object({ html: z.string().meta({ description: 'The sanitised HTML, exactly as saving would store it.' }) })
  .meta({ id: 'PagePreview' });

export const storePageSchema = z
  .object({
    handle: z.string(),
    title: z.string(),
    html: z.string().meta({ description: 'Sanitised HTML, safe to insert as is.' }),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StorePage' });
export type StorePage = z.infer<typeof storePageSchema>;
