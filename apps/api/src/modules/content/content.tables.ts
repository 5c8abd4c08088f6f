import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Pictures the storefront's content uses (logo, favicon, hero and banner images), in the media storage. */
export const contentImages = pgTable('content_images', {
  id: text().primaryKey(),
  storageKey: text().notNull(),
  contentType: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  byteSize: integer().notNull(),
  alt: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The storefront's singleton documents: `theme`, `home`, `menu:header`, `menu:footer`, `legal`. Each holds
 * the version being edited (`draft`) and, for those published separately (theme, home), the one customers see.
 * JSON validated by the module's zod schemas on every write; `version` guards against lost updates.
 */
export const contentDocuments = pgTable('content_documents', {
  key: text().primaryKey(),
  draft: jsonb().$type<unknown>().notNull(),
  published: jsonb().$type<unknown>(),
  publishedAt: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: text(),
});

export const pageStatuses = ['draft', 'published'] as const;
export type PageStatus = (typeof pageStatuses)[number];

/** CMS pages (about, delivery, terms…): Markdown as written, and its sanitised HTML as served. */
export const pages = pgTable(
  'pages',
  {
    id: text().primaryKey(),
    handle: text().notNull(),
    title: text().notNull(),
    markdown: text().notNull(),
    /** Rendered and sanitised on save: what the storefront inserts. */
    html: text().notNull(),
    seoTitle: text(),
    seoDescription: text(),
    status: text().$type<PageStatus>().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('pages_handle_unique').on(table.handle),
    index('pages_updated_idx').on(table.updatedAt, table.id),
  ],
);

/** Every saved state of a page (one per create, update and restore), so an earlier one can be restored. */
export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: text().primaryKey(),
    pageId: text()
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    handle: text().notNull(),
    title: text().notNull(),
    markdown: text().notNull(),
    seoTitle: text(),
    seoDescription: text(),
    status: text().$type<PageStatus>().notNull(),
    createdBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('page_revisions_page_version_unique').on(table.pageId, sql`${table.version} desc`)],
);

export type PageRow = typeof pages.$inferSelect;
export type PageRevisionRow = typeof pageRevisions.$inferSelect;
export type ContentImageRow = typeof contentImages.$inferSelect;
