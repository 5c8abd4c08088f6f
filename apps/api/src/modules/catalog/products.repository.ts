import { and, asc, desc, eq, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../shared/pagination';
import {
  categories,
  type ProductRow,
  productCategories,
  productFeatures,
  productOptions,
  products,
  productVariants,
  type VariantRow,
} from './catalog.tables';

export interface ProductRecord {
  product: ProductRow;
  options: { name: string; values: string[] }[];
  variants: VariantRow[];
  categoryIds: string[];
  features: { name: string; value: string }[];
}

/** A product with everything it owns, in a fixed number of queries. */
export async function loadProduct(
  db: DbOrTx,
  where: { id: string } | { handle: string },
): Promise<ProductRecord | undefined> {
  const [product] = await db
    .select()
    .from(products)
    .where('id' in where ? eq(products.id, where.id) : eq(products.handle, where.handle))
    .limit(1);
  if (!product) return undefined;
  const [options, variants, links, features] = await Promise.all([
    db
      .select({ name: productOptions.name, values: productOptions.values })
      .from(productOptions)
      .where(eq(productOptions.productId, product.id))
      .orderBy(asc(productOptions.position)),
    db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, product.id))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    db
      .select({ categoryId: productCategories.categoryId })
      .from(productCategories)
      .where(eq(productCategories.productId, product.id)),
    db
      .select({ name: productFeatures.name, value: productFeatures.value })
      .from(productFeatures)
      .where(eq(productFeatures.productId, product.id))
      .orderBy(asc(productFeatures.position)),
  ]);
  return { product, options, variants, categoryIds: links.map((link) => link.categoryId).sort(), features };
}

export async function insertProduct(
  db: DbOrTx,
  row: typeof products.$inferInsert,
): Promise<ProductRow | undefined> {
  const [inserted] = await db.insert(products).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function insertOptions(db: DbOrTx, rows: (typeof productOptions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(productOptions).values(rows);
}

export async function insertVariants(
  db: DbOrTx,
  rows: (typeof productVariants.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(productVariants).values(rows);
}

/** SKUs among `skus` already used by any variant (case-insensitive). */
export async function existingSkus(db: DbOrTx, skus: string[]): Promise<Set<string>> {
  if (skus.length === 0) return new Set();
  const rows = await db
    .select({ sku: productVariants.sku })
    .from(productVariants)
    .where(
      inArray(
        sql`lower(${productVariants.sku})`,
        skus.map((sku) => sku.toLowerCase()),
      ),
    );
  return new Set(rows.map((row) => row.sku.toLowerCase()));
}

export async function countCategories(db: DbOrTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.select({ id: categories.id }).from(categories).where(inArray(categories.id, ids));
  return rows.length;
}

export async function replaceCategories(db: DbOrTx, productId: string, categoryIds: string[]): Promise<void> {
  await db.delete(productCategories).where(eq(productCategories.productId, productId));
  if (categoryIds.length > 0) {
    await db.insert(productCategories).values(categoryIds.map((categoryId) => ({ productId, categoryId })));
  }
}

export async function replaceFeatures(
  db: DbOrTx,
  productId: string,
  features: { name: string; value: string }[],
): Promise<void> {
  await db.delete(productFeatures).where(eq(productFeatures.productId, productId));
  if (features.length > 0) {
    await db
      .insert(productFeatures)
      .values(features.map((feature, position) => ({ productId, ...feature, position })));
  }
}

/** Applies a change if the product is still at `version`; undefined otherwise. */
export async function updateProduct(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Partial<Omit<typeof products.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .update(products)
    .set({ ...changes, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(products.id, id), eq(products.version, version)))
    .returning();
  return row;
}

export async function findProductVersion(db: DbOrTx, id: string): Promise<number | undefined> {
  const [row] = await db
    .select({ version: products.version })
    .from(products)
    .where(eq(products.id, id))
    .limit(1);
  return row?.version;
}

// Qualified explicitly: inside the correlated subqueries a bare "id" would resolve to the variant's own id.
const productIdColumn = sql`${sql.identifier('products')}.${sql.identifier('id')}`;

export async function listProducts(
  db: DbOrTx,
  options: {
    q?: string | undefined;
    status?: ProductRow['status'] | undefined;
    before?: string | undefined;
    limit: number;
  },
) {
  const pattern = options.q ? containsPattern(options.q) : undefined;
  const filter = and(
    pattern ? or(ilike(products.title, pattern), ilike(products.handle, pattern)) : undefined,
    options.status ? eq(products.status, options.status) : undefined,
  );
  const rows = await db
    .select({
      product: products,
      variantCount: sql<number>`(select count(*)::int from ${productVariants} v where v.product_id = ${productIdColumn})`,
      stockOnHand: sql<number>`(select coalesce(sum(v.stock_on_hand), 0)::int from ${productVariants} v where v.product_id = ${productIdColumn})`,
    })
    .from(products)
    .where(and(filter, options.before ? lt(products.id, options.before) : undefined))
    .orderBy(desc(products.id))
    .limit(options.limit + 1);
  const [total] = await db.select({ value: sql<number>`count(*)::int` }).from(products).where(filter);
  return { rows, total: total?.value ?? 0 };
}
