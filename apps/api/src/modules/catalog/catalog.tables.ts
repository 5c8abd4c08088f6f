import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The category tree: a parent pointer and a position among siblings. Moves are checked for cycles. */
export const categories = pgTable(
  'categories',
  {
    id: text().primaryKey(),
    parentId: text().references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    handle: text().notNull(),
    name: text().notNull(),
    description: text(),
    position: integer().notNull().default(0),
    /** The category's picture (storefront tiles and banners), in the media storage like product images. */
    imageStorageKey: text(),
    imageContentType: text(),
    imageWidth: integer(),
    imageHeight: integer(),
    imageAlt: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('categories_handle_unique').on(table.handle),
    index('categories_parent_idx').on(table.parentId, table.position),
  ],
);

export const products = pgTable(
  'products',
  {
    id: text().primaryKey(),
    handle: text().notNull(),
    title: text().notNull(),
    description: text(),
    status: text({ enum: ['draft', 'active', 'archived'] })
      .notNull()
      .default('draft'),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    seoTitle: text(),
    seoDescription: text(),
    /**
     * Listing aggregates of the variants (cheapest and dearest price, the cheapest's compare-at price, whether
     * any variant can be bought), kept by statement triggers on `product_variants` (migration 0009) so that
     * listings, price filters and price sorts read one row per product.
     */
    minPrice: integer(),
    maxPrice: integer(),
    compareAtPrice: integer(),
    inStock: boolean().notNull().default(false),
    /** Units sold, for the "best selling" sort; maintained by orders. */
    soldCount: integer().notNull().default(0),
    /**
     * Search tokens of the product's option values and features (`o:Size\u001fM`, `f:Material\u001fLinen`) and
     * the ids of its categories with all their ancestors, kept by triggers (migration 0010): facet filters
     * and counts read one row per product, through GIN indexes.
     */
    facetValues: text().array().notNull().default(sql`'{}'::text[]`),
    categoryPaths: text().array().notNull().default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('products_handle_unique').on(table.handle),
    index('products_status_idx').on(table.status, table.id),
    index('products_status_price_idx').on(table.status, table.minPrice, table.id),
    index('products_status_sold_idx').on(table.status, table.soldCount, table.id),
    index('products_updated_idx').on(table.updatedAt, table.id),
    index('products_facet_values_idx').using('gin', table.facetValues),
    index('products_category_paths_idx').using('gin', table.categoryPaths),
  ],
);

/**
 * A product's images, in order. The files live in the media storage under `storageKey` (one original and
 * resized WebP renditions); duplicated products share files, so a file is removed only with its last row.
 */
export const productImages = pgTable(
  'product_images',
  {
    id: text().primaryKey(),
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    alt: text(),
    storageKey: text().notNull(),
    originalName: text(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('product_images_product_idx').on(table.productId, table.position),
    index('product_images_storage_key_idx').on(table.storageKey),
  ],
);

/** A product's options (Size, Color) and their values, in order. */
export const productOptions = pgTable(
  'product_options',
  {
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
    values: text().array().notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.name] })],
);

export const productVariants = pgTable(
  'product_variants',
  {
    id: text().primaryKey(),
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text().notNull(),
    /** `{ "Size": "M", "Color": "Blue" }`: one value per product option. */
    optionValues: jsonb().$type<Record<string, string>>().notNull(),
    /** Integer minor units of the store currency. */
    price: integer().notNull(),
    compareAtPrice: integer(),
    weightGrams: integer(),
    barcode: text(),
    taxClass: text().notNull().default('standard'),
    trackInventory: boolean().notNull().default(true),
    allowBackorder: boolean().notNull().default(false),
    stockOnHand: integer().notNull().default(0),
    /** At or below this, the variant is "low stock" (null: the store default, 5). */
    lowStockThreshold: integer(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('product_variants_sku_unique').on(sql`lower(${table.sku})`),
    index('product_variants_product_idx').on(table.productId, table.position),
  ],
);

export const productCategories = pgTable(
  'product_categories',
  {
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    categoryId: text()
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.categoryId] }),
    index('product_categories_category_idx').on(table.categoryId),
  ],
);

/** Name/value pairs such as Material: Cotton, usable as filters. */
export const productFeatures = pgTable(
  'product_features',
  {
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    value: text().notNull(),
    position: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.name] }),
    index('product_features_name_value_idx').on(table.name, table.value),
  ],
);

export type CategoryRow = typeof categories.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof productVariants.$inferSelect;
export type ProductImageRow = typeof productImages.$inferSelect;

/**
 * The words of product titles (4+ letters, lower case), kept by a trigger (migration 0012): the vocabulary a
 * misspelt search word is corrected against before full-text search runs.
 */
export const searchWords = pgTable('search_words', { word: text().primaryKey() });

/**
 * The stock ledger: every change of a variant's `stock_on_hand` is a movement, written by statement triggers
 * on `product_variants` (migration 0020), so no writer can change stock without a trace and the on-hand figure
 * always equals the sum of the ledger. Why, who and which order come from transaction-local settings
 * (`comptoir.stock_*`, see stock.service.ts `setStockContext`); unset, a change is an `adjusted` one.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    /** Written by the trigger, so a database sequence rather than an id made in code. */
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: text()
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    delta: integer().notNull(),
    stockAfter: integer().notNull(),
    reason: text({
      enum: ['initial', 'received', 'sold', 'returned', 'adjusted', 'damaged', 'cancelled'],
    }).notNull(),
    note: text(),
    orderId: text(),
    actorId: text(),
    actorName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('stock_movements_variant_idx').on(table.variantId, table.id)],
);
