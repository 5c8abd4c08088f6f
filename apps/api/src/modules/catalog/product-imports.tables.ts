import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** One problem found in an import file: its line in the file (the header is line 1) and its column. */
export interface ProductImportIssue {
  row: number;
  column: string | null;
  message: string;
}

/**
 * A product CSV import: its state, progress, what it created or updated (or would, in a dry run) and the
 * problems found (at most 500 kept; `errorCount` has the total).
 */
export const productImports = pgTable(
  'product_imports',
  {
    id: text().primaryKey(),
    status: text({ enum: ['queued', 'validating', 'applying', 'succeeded', 'failed'] })
      .notNull()
      .default('queued'),
    dryRun: boolean().notNull(),
    fileName: text(),
    byteSize: integer().notNull(),
    rowsTotal: integer(),
    rowsProcessed: integer().notNull().default(0),
    productsCreated: integer().notNull().default(0),
    productsUpdated: integer().notNull().default(0),
    variantsCreated: integer().notNull().default(0),
    variantsUpdated: integer().notNull().default(0),
    errors: jsonb().$type<ProductImportIssue[]>().notNull().default(sql`'[]'::jsonb`),
    errorCount: integer().notNull().default(0),
    createdBy: text(),
    createdByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('product_imports_created_idx').on(table.createdAt, table.id)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * The uploaded file, in pieces of about 1 MB, until its import finished: in the database rather than on one
 * server's disk, so that a worker in any API process can read it, and streamed both ways (bounded memory).
 */
export const productImportChunks = pgTable(
  'product_import_chunks',
  {
    importId: text()
      .notNull()
      .references(() => productImports.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    data: bytea().notNull(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.position] })],
);

export type ProductImportRow = typeof productImports.$inferSelect;
