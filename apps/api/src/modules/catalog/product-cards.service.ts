import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import type { MediaStorage } from '../media/media-storage';
import { listImageRows, toProductImage } from './product-images.service';
import { productImageSchema } from './products.schemas';
import { type ProductSearchRow, searchProducts } from './products.search';

const money = z.object({ amount: z.number().int(), currency: z.string() });

/** A product as listings show it: the card of `/store/products`, the homepage's product sections. */
export const productCardSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    price: z.object({ min: money, max: money }),
    compareAtPrice: money.nullable().meta({ description: "The cheapest variant's compare-at price." }),
    inStock: z.boolean(),
    image: productImageSchema.nullable(),
  })
  .meta({ id: 'ProductCard' });

export type ProductCard = z.infer<typeof productCardSchema>;

/** Cards of listing rows in their order, with each product's main image (one query for all images). */
export async function toProductCards(
  db: DbOrTx,
  storage: MediaStorage,
  currency: string,
  rows: ProductSearchRow[],
): Promise<ProductCard[]> {
  const images = new Map<string, z.infer<typeof productImageSchema>>();
  const imageRows = await listImageRows(
    db,
    rows.map((row) => row.id),
    { firstOnly: true },
  );
  for (const row of imageRows) images.set(row.productId, toProductImage(storage, row));
  const amount = (value: number) => ({ amount: value, currency });
  return rows.map((row) => ({
    id: row.id,
    handle: row.handle,
    title: row.title,
    price: { min: amount(row.minPrice), max: amount(row.maxPrice) },
    compareAtPrice: row.compareAtPrice === null ? null : amount(row.compareAtPrice),
    inStock: row.inStock,
    image: images.get(row.id) ?? null,
  }));
}

/**
 * Cards of chosen products (in the order given; inactive, unpriced or unknown ones left out), or the newest
 * active products of a category and its sub-categories.
 */
export async function listProductCards(
  db: DbOrTx,
  storage: MediaStorage,
  currency: string,
  selection: { productIds: string[] } | { categoryId: string; limit: number },
): Promise<ProductCard[]> {
  if ('categoryId' in selection) {
    const rows = await searchProducts(db, {
      categoryId: selection.categoryId,
      filters: [],
      sort: 'newest',
      limit: selection.limit,
      offset: 0,
    });
    return toProductCards(db, storage, currency, rows.slice(0, selection.limit));
  }
  if (selection.productIds.length === 0) return [];
  const result = await db.execute<{
    id: string;
    handle: string;
    title: string;
    min_price: number;
    max_price: number;
    compare_at_price: number | null;
    in_stock: boolean;
  }>(sql`
    select id, handle, title, min_price, max_price, compare_at_price, in_stock from products
    where id = any(${sql.param(selection.productIds)}::text[]) and status = 'active' and min_price is not null`);
  const byId = new Map(result.rows.map((row) => [row.id, row]));
  const rows = selection.productIds.flatMap((id) => {
    const row = byId.get(id);
    return row
      ? [
          {
            id: row.id,
            handle: row.handle,
            title: row.title,
            minPrice: row.min_price,
            maxPrice: row.max_price,
            compareAtPrice: row.compare_at_price,
            inStock: row.in_stock,
          },
        ]
      : [];
  });
  return toProductCards(db, storage, currency, rows);
}

/** Handles and names of categories by id (for links and tiles); unknown ids are absent from the map. */
export async function findCategoryRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; handle: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; handle: string; name: string }>(sql`
    select id, handle, name from categories where id = any(${sql.param(ids)}::text[])`);
  return new Map(result.rows.map((row) => [row.id, row]));
}

/** Handles, titles and status of products by id (for links); unknown ids are absent from the map. */
export async function findProductRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; handle: string; title: string; active: boolean }>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; handle: string; title: string; active: boolean }>(sql`
    select id, handle, title, status = 'active' as active from products where id = any(${sql.param(ids)}::text[])`);
  return new Map(result.rows.map((row) => [row.id, row]));
}
