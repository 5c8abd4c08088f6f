import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { containsPattern } from '../../shared/pagination';
import {
  categories,
  type ProductImageRow,
  type ProductRow,
  productCategories,
  productFeatures,
  productImages,
  productOptions,
  products,
  productVariants,
  type VariantRow,
} from './catalog.tables';
import type { ProductSearchRow } from './products.search';

export interface ProductRecord {
  product: ProductRow;
  options: { name: string; values: string[] }[];
  variants: VariantRow[];
  categoryIds: string[];
  features: { name: string; value: string }[];
  images: ProductImageRow[];
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
  const [options, variants, links, features, images] = await Promise.all([
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
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
  ]);
  return {
    product,
    options,
    variants,
    categoryIds: links.map((link) => link.categoryId).sort(),
    features,
    images,
  };
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

/**
 * SKUs among `skus` already used (case-insensitive) by a variant other than those of `exceptProductId`
 * or other than `exceptVariantId`.
 */
export async function existingSkus(
  db: DbOrTx,
  skus: string[],
  exceptProductId?: string,
  exceptVariantId?: string,
): Promise<Set<string>> {
  if (skus.length === 0) return new Set();
  const rows = await db
    .select({ sku: productVariants.sku })
    .from(productVariants)
    .where(
      and(
        inArray(
          sql`lower(${productVariants.sku})`,
          skus.map((sku) => sku.toLowerCase()),
        ),
        exceptProductId ? ne(productVariants.productId, exceptProductId) : undefined,
        exceptVariantId ? ne(productVariants.id, exceptVariantId) : undefined,
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

/** Moves a product to its next version, if it is at `version` (any version when undefined). */
export async function bumpVersion(db: DbOrTx, id: string, version: number | undefined): Promise<boolean> {
  const rows = await db
    .update(products)
    .set({ version: sql`${products.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(products.id, id), version === undefined ? undefined : eq(products.version, version)))
    .returning({ id: products.id });
  return rows.length > 0;
}

export async function variantIds(db: DbOrTx, productId: string): Promise<string[]> {
  const rows = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.position), asc(productVariants.id));
  return rows.map((row) => row.id);
}

export async function deleteVariants(db: DbOrTx, productId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(productVariants)
    .where(and(eq(productVariants.productId, productId), inArray(productVariants.id, ids)));
}

/** Gives variants a temporary SKU unique to them (their id), so SKUs can be swapped in the next statement. */
export async function parkSkus(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(productVariants)
    .set({ sku: sql`'~' || ${productVariants.id}` })
    .where(inArray(productVariants.id, ids));
}

export async function upsertVariants(
  db: DbOrTx,
  rows: (typeof productVariants.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(productVariants)
    .values(rows)
    .onConflictDoUpdate({
      target: productVariants.id,
      set: {
        sku: excluded('sku'),
        optionValues: excluded('option_values'),
        price: excluded('price'),
        compareAtPrice: excluded('compare_at_price'),
        weightGrams: excluded('weight_grams'),
        barcode: excluded('barcode'),
        taxClass: excluded('tax_class'),
        trackInventory: excluded('track_inventory'),
        allowBackorder: excluded('allow_backorder'),
        stockOnHand: excluded('stock_on_hand'),
        position: excluded('position'),
        updatedAt: sql`now()`,
      },
    });
}

export async function replaceOptions(
  db: DbOrTx,
  productId: string,
  rows: (typeof productOptions.$inferInsert)[],
): Promise<void> {
  await db.delete(productOptions).where(eq(productOptions.productId, productId));
  await insertOptions(db, rows);
}

export async function updateVariant(
  db: DbOrTx,
  productId: string,
  variantId: string,
  changes: Partial<Omit<typeof productVariants.$inferInsert, 'id' | 'productId' | 'optionValues'>>,
): Promise<boolean> {
  const rows = await db
    .update(productVariants)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(productVariants.id, variantId), eq(productVariants.productId, productId)))
    .returning({ id: productVariants.id });
  return rows.length > 0;
}

export async function deleteProducts(db: DbOrTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.delete(products).where(inArray(products.id, ids)).returning({ id: products.id });
  return rows.length;
}

export async function setStatus(db: DbOrTx, ids: string[], status: ProductRow['status']): Promise<number> {
  const rows = await db
    .update(products)
    .set({ status, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(products.id, ids), ne(products.status, status)))
    .returning({ id: products.id });
  return rows.length;
}

/**
 * Multiplies every variant price and compare-at price of the products by (10000 + basisPoints) / 10000,
 * rounding half up in integer arithmetic, within [0, 100 000 000]; returns how many products changed.
 */
export async function adjustPrices(db: DbOrTx, ids: string[], basisPoints: number): Promise<number> {
  const scaled = (column: SQL) =>
    sql`least(100000000, greatest(0, (${column}::bigint * ${10000 + basisPoints} + 5000) / 10000))::int`;
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(productVariants)
      .set({
        price: scaled(sql`${productVariants.price}`),
        compareAtPrice: sql`case when ${productVariants.compareAtPrice} is null then null else ${scaled(sql`${productVariants.compareAtPrice}`)} end`,
        updatedAt: sql`now()`,
      })
      .where(inArray(productVariants.productId, ids))
      .returning({ productId: productVariants.productId });
    const productIds = [...new Set(changed.map((row) => row.productId))];
    if (productIds.length > 0) {
      await tx
        .update(products)
        .set({ version: sql`${products.version} + 1`, updatedAt: sql`now()` })
        .where(inArray(products.id, productIds));
    }
    return productIds.length;
  });
}

/** `base`, or `base-2`, `base-3`… whichever no product uses. */
export async function freeHandle(db: DbOrTx, base: string): Promise<string> {
  const rows = await db
    .select({ handle: products.handle })
    .from(products)
    .where(
      sql`${products.handle} = ${base} or ${products.handle} ~ ${`^${base.replace(/[^a-z0-9-]/g, '')}-[0-9]+$`}`,
    );
  const taken = new Set(rows.map((row) => row.handle));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Each SKU, or with a number appended (`-2`, `-3`…) when taken, all distinct: one query reads every SKU
 * that starts like a wanted one, then the choice is made here (no query per candidate).
 */
export async function freeSkus(db: DbOrTx, wanted: string[]): Promise<string[]> {
  if (wanted.length === 0) return [];
  const prefixes = wanted.map((sku) => `${sku.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await db.execute<{ sku: string }>(
    sql`select lower(sku) as sku from product_variants where lower(sku) like any(${sql.param(prefixes)}::text[])`,
  );
  const taken = new Set(rows.rows.map((row) => row.sku));
  return wanted.map((sku) => {
    let candidate = sku;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${sku}-${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

export async function copyImages(db: DbOrTx, images: ProductImageRow[], productId: string): Promise<void> {
  if (images.length === 0) return;
  await db.insert(productImages).values(
    images.map(({ id: _id, createdAt: _createdAt, ...image }) => ({
      ...image,
      id: newId('image'),
      productId,
    })),
  );
}

export type AdminProductSort =
  | 'newest'
  | 'updated'
  | 'title_asc'
  | 'title_desc'
  | 'price_asc'
  | 'price_desc'
  | 'stock_asc'
  | 'stock_desc';

/** A product with its variants counted and its stock summed; "low" is a tracked variant with 1–5 left. */
export async function listProducts(
  db: DbOrTx,
  options: {
    q?: string | undefined;
    status?: ProductRow['status'] | undefined;
    categoryId?: string | undefined;
    stock?: 'in_stock' | 'low' | 'out' | undefined;
    sort: AdminProductSort;
    offset: number;
    limit: number;
  },
) {
  const pattern = options.q ? containsPattern(options.q) : null;
  const where = sql`(${pattern}::text is null or p.title ilike ${pattern} or p.handle ilike ${pattern}
      or exists (select 1 from product_variants s where s.product_id = p.id and s.sku ilike ${pattern}))
    and (${options.status ?? null}::text is null or p.status = ${options.status ?? null})
    and (${options.categoryId ?? null}::text is null or exists (
      select 1 from product_categories pc where pc.product_id = p.id and pc.category_id in (
        with recursive scope(id) as (
          select id from categories where id = ${options.categoryId ?? null}::text
          union all select c.id from categories c join scope on c.parent_id = scope.id
        ) select id from scope)))
    and (case ${options.stock ?? null}::text
      when 'in_stock' then p.in_stock
      when 'out' then not p.in_stock
      when 'low' then exists (select 1 from product_variants l where l.product_id = p.id
        and l.track_inventory and l.stock_on_hand between 1 and 5)
      else true end)`;
  const order = {
    newest: sql`p.id desc`,
    updated: sql`p.updated_at desc, p.id desc`,
    title_asc: sql`lower(p.title) asc, p.id`,
    title_desc: sql`lower(p.title) desc, p.id`,
    price_asc: sql`p.min_price asc nulls last, p.id`,
    price_desc: sql`p.min_price desc nulls last, p.id`,
    stock_asc: sql`stock_on_hand asc, p.id`,
    stock_desc: sql`stock_on_hand desc, p.id`,
  }[options.sort];
  const result = await db.execute<{
    id: string;
    handle: string;
    title: string;
    status: ProductRow['status'];
    min_price: number | null;
    max_price: number | null;
    updated_at: string;
    variant_count: number;
    stock_on_hand: number;
    total: number;
  }>(sql`
    select p.id, p.handle, p.title, p.status, p.min_price, p.max_price, p.updated_at,
      v.variant_count, v.stock_on_hand, count(*) over ()::int as total
    from products p
    cross join lateral (
      select count(*)::int as variant_count, coalesce(sum(stock_on_hand), 0)::int as stock_on_hand
      from product_variants where product_id = p.id) v
    where ${where}
    order by ${order}
    limit ${options.limit + 1} offset ${options.offset}`);
  let total = result.rows[0]?.total;
  if (total === undefined) {
    const counted = await db.execute<{ total: number }>(
      sql`select count(*)::int as total from products p where ${where}`,
    );
    total = counted.rows[0]?.total ?? 0;
  }
  return {
    rows: result.rows.map((row) => ({
      id: row.id,
      handle: row.handle,
      title: row.title,
      status: row.status,
      minPrice: row.min_price,
      maxPrice: row.max_price,
      updatedAt: new Date(row.updated_at),
      variantCount: row.variant_count,
      stockOnHand: row.stock_on_hand,
    })),
    total,
  };
}

/** Listing rows (prices, stock) of the given products that are active and priced, in no particular order. */
export async function findActiveProductRows(db: DbOrTx, ids: string[]): Promise<ProductSearchRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: products.id,
      handle: products.handle,
      title: products.title,
      minPrice: sql<number>`${products.minPrice}`,
      maxPrice: sql<number>`${products.maxPrice}`,
      compareAtPrice: products.compareAtPrice,
      inStock: products.inStock,
    })
    .from(products)
    .where(
      and(inArray(products.id, ids), eq(products.status, 'active'), sql`${products.minPrice} is not null`),
    );
}

/** Handles, titles and status of products by id (for links); unknown ids are absent from the map. */
export async function findProductRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; handle: string; title: string; active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: products.id, handle: products.handle, title: products.title, status: products.status })
    .from(products)
    .where(inArray(products.id, ids));
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, handle: row.handle, title: row.title, active: row.status === 'active' },
    ]),
  );
}
