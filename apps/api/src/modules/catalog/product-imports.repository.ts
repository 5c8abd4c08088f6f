import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../shared/pagination';
import {
  categories,
  type ProductImageRow,
  type ProductRow,
  productCategories,
  productImages,
  productOptions,
  products,
  productVariants,
  type VariantRow,
} from './catalog.tables';
import { type ProductImportRow, productImportChunks, productImports } from './product-imports.tables';

// ---------------------------------------------------------------------------------------------------------
// Export

export interface ProductExportFilter {
  q?: string | undefined;
  status?: ProductRow['status'] | undefined;
  categoryId?: string | undefined;
}

/** The product list's filters (title, handle or SKU contains `q`; a category with its sub-categories). */
function exportFilter(filter: ProductExportFilter) {
  const pattern = filter.q ? containsPattern(filter.q) : null;
  return sql`(${pattern}::text is null or ${products.title} ilike ${pattern} or ${products.handle} ilike ${pattern}
      or exists (select 1 from product_variants s where s.product_id = ${products.id} and s.sku ilike ${pattern}))
    and (${filter.status ?? null}::text is null or ${products.status} = ${filter.status ?? null})
    and (${filter.categoryId ?? null}::text is null or exists (
      select 1 from product_categories pc where pc.product_id = ${products.id} and pc.category_id in (
        with recursive scope(id) as (
          select id from categories where id = ${filter.categoryId ?? null}::text
          union all select c.id from categories c join scope on c.parent_id = scope.id
        ) select id from scope)))`;
}

export interface ExportBatch {
  products: ProductRow[];
  variants: VariantRow[];
  options: { productId: string; name: string }[];
  categories: { productId: string; handle: string }[];
  images: ProductImageRow[];
}

/** Up to `limit` products after id `after` (keyset by id) with what the CSV needs: 5 queries per batch. */
export async function exportBatch(
  db: DbOrTx,
  filter: ProductExportFilter,
  after: string | undefined,
  limit: number,
): Promise<ExportBatch> {
  const rows = await db
    .select()
    .from(products)
    .where(and(exportFilter(filter), after ? gt(products.id, after) : undefined))
    .orderBy(asc(products.id))
    .limit(limit);
  if (rows.length === 0) return { products: [], variants: [], options: [], categories: [], images: [] };
  const ids = rows.map((row) => row.id);
  const [variants, options, links, images] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(inArray(productVariants.productId, ids))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    db
      .select({ productId: productOptions.productId, name: productOptions.name })
      .from(productOptions)
      .where(inArray(productOptions.productId, ids))
      .orderBy(asc(productOptions.position)),
    db
      .select({ productId: productCategories.productId, handle: categories.handle })
      .from(productCategories)
      .innerJoin(categories, eq(categories.id, productCategories.categoryId))
      .where(inArray(productCategories.productId, ids))
      .orderBy(asc(categories.handle)),
    db
      .select()
      .from(productImages)
      .where(inArray(productImages.productId, ids))
      .orderBy(asc(productImages.position), asc(productImages.id)),
  ]);
  return { products: rows, variants, options, categories: links, images };
}

// ---------------------------------------------------------------------------------------------------------
// Import records and their files

export async function insertImport(db: DbOrTx, row: typeof productImports.$inferInsert): Promise<void> {
  await db.insert(productImports).values(row);
}

export async function insertChunk(
  db: DbOrTx,
  importId: string,
  position: number,
  data: Buffer,
): Promise<void> {
  await db.insert(productImportChunks).values({ importId, position, data });
}

/** Up to `count` pieces of the file from `position` on, in order. */
export async function readChunks(
  db: DbOrTx,
  importId: string,
  position: number,
  count: number,
): Promise<{ position: number; data: Buffer }[]> {
  return db
    .select({ position: productImportChunks.position, data: productImportChunks.data })
    .from(productImportChunks)
    .where(
      and(eq(productImportChunks.importId, importId), sql`${productImportChunks.position} >= ${position}`),
    )
    .orderBy(asc(productImportChunks.position))
    .limit(count);
}

export async function deleteChunks(db: DbOrTx, importId: string): Promise<void> {
  await db.delete(productImportChunks).where(eq(productImportChunks.importId, importId));
}

export async function findImport(db: DbOrTx, id: string): Promise<ProductImportRow | undefined> {
  const [row] = await db.select().from(productImports).where(eq(productImports.id, id)).limit(1);
  return row;
}

/** Imports newest first (ids sort by time), `limit + 1` to tell whether a next page exists. */
export async function listImports(
  db: DbOrTx,
  before: string | undefined,
  limit: number,
): Promise<{ rows: ProductImportRow[]; total: number }> {
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(productImports)
      .where(before ? lt(productImports.id, before) : undefined)
      .orderBy(desc(productImports.id))
      .limit(limit + 1),
    db.select({ total: sql<number>`count(*)::int` }).from(productImports),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/**
 * Moves an import that has not finished to `validating` (a retried job starts again: applying is one
 * transaction, so a run that died left nothing half-written); false once it finished.
 */
export async function claimImport(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(productImports)
    .set({ status: 'validating', rowsProcessed: 0 })
    .where(
      and(eq(productImports.id, id), inArray(productImports.status, ['queued', 'validating', 'applying'])),
    )
    .returning({ id: productImports.id });
  return rows.length > 0;
}

export async function updateImport(
  db: DbOrTx,
  id: string,
  changes: Partial<Omit<typeof productImports.$inferInsert, 'id' | 'createdAt'>>,
): Promise<void> {
  await db.update(productImports).set(changes).where(eq(productImports.id, id));
}

// ---------------------------------------------------------------------------------------------------------
// Lookups for validation (one query per batch of rows)

export async function productsByHandles(
  db: DbOrTx,
  handles: string[],
): Promise<{ id: string; handle: string }[]> {
  if (handles.length === 0) return [];
  return db
    .select({ id: products.id, handle: products.handle })
    .from(products)
    .where(inArray(products.handle, handles));
}

export interface ExistingVariant {
  id: string;
  productId: string;
  sku: string;
  optionValues: Record<string, string>;
  stockOnHand: number;
}

export async function variantsOfProducts(db: DbOrTx, productIds: string[]): Promise<ExistingVariant[]> {
  if (productIds.length === 0) return [];
  return db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      sku: productVariants.sku,
      optionValues: productVariants.optionValues,
      stockOnHand: productVariants.stockOnHand,
    })
    .from(productVariants)
    .where(inArray(productVariants.productId, productIds));
}

export async function optionsOfProducts(
  db: DbOrTx,
  productIds: string[],
): Promise<{ productId: string; name: string; values: string[] }[]> {
  if (productIds.length === 0) return [];
  return db
    .select({ productId: productOptions.productId, name: productOptions.name, values: productOptions.values })
    .from(productOptions)
    .where(inArray(productOptions.productId, productIds));
}

/** Variants using any of the SKUs (compared in lower case), with the handle of their product. */
export async function variantsBySkus(
  db: DbOrTx,
  lowerSkus: string[],
): Promise<{ sku: string; productId: string; handle: string }[]> {
  if (lowerSkus.length === 0) return [];
  return db
    .select({ sku: productVariants.sku, productId: productVariants.productId, handle: products.handle })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(sql`lower(${productVariants.sku})`, lowerSkus));
}

export async function categoriesByHandles(
  db: DbOrTx,
  handles: string[],
): Promise<{ id: string; handle: string }[]> {
  if (handles.length === 0) return [];
  return db
    .select({ id: categories.id, handle: categories.handle })
    .from(categories)
    .where(inArray(categories.handle, handles));
}

// ---------------------------------------------------------------------------------------------------------
// Set-based writes of a batch

export async function insertProducts(db: DbOrTx, rows: (typeof products.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(products).values(rows);
}

/** Updates many products' fields in one statement; each moves to its next version. */
export async function updateProducts(
  db: DbOrTx,
  rows: {
    id: string;
    title: string;
    description: string | null;
    status: ProductRow['status'];
    tags: string[];
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${products} p set title = d.title, description = d.description, status = d.status, tags = d.tags,
      version = p.version + 1, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as d(id text, title text, description text, status text, tags text[])
    where p.id = d.id`);
}

/** Replaces the options of the products (all of them listed in `rows` or left without options). */
export async function replaceOptionsOf(
  db: DbOrTx,
  productIds: string[],
  rows: (typeof productOptions.$inferInsert)[],
): Promise<void> {
  if (productIds.length > 0)
    await db.delete(productOptions).where(inArray(productOptions.productId, productIds));
  if (rows.length > 0) await db.insert(productOptions).values(rows);
}

export async function replaceCategoriesOf(
  db: DbOrTx,
  productIds: string[],
  rows: { productId: string; categoryId: string }[],
): Promise<void> {
  if (productIds.length > 0)
    await db.delete(productCategories).where(inArray(productCategories.productId, productIds));
  if (rows.length > 0) await db.insert(productCategories).values(rows);
}

export async function insertVariantRows(
  db: DbOrTx,
  rows: (typeof productVariants.$inferInsert)[],
): Promise<void> {
  // 14 parameters a row: 1 000 rows stay far below PostgreSQL's 65 535 bind parameters.
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(productVariants).values(rows.slice(start, start + 1000));
  }
}

export interface VariantUpdateRow {
  id: string;
  sku: string;
  optionValues: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  /** Null keeps the stock on hand. */
  stockOnHand: number | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  allowBackorder: boolean;
  position: number;
}

/** Updates many variants in one statement (stock changes go to the ledger through its triggers). */
export async function updateVariantRows(db: DbOrTx, rows: VariantUpdateRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${productVariants} v set sku = d.sku, option_values = d.option_values, price = d.price,
      compare_at_price = d.compare_at_price, stock_on_hand = coalesce(d.stock_on_hand, v.stock_on_hand),
      weight_grams = d.weight_grams, barcode = d.barcode, track_inventory = d.track_inventory,
      allow_backorder = d.allow_backorder, position = d.position, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(
      rows.map((row) => ({
        id: row.id,
        sku: row.sku,
        option_values: row.optionValues,
        price: row.price,
        compare_at_price: row.compareAtPrice,
        stock_on_hand: row.stockOnHand,
        weight_grams: row.weightGrams,
        barcode: row.barcode,
        track_inventory: row.trackInventory,
        allow_backorder: row.allowBackorder,
        position: row.position,
      })),
    )}::jsonb)
      as d(id text, sku text, option_values jsonb, price int, compare_at_price int, stock_on_hand int,
        weight_grams int, barcode text, track_inventory boolean, allow_backorder boolean, position int)
    where v.id = d.id`);
}
