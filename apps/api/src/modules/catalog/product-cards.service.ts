import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import type { MediaStorage } from '../media/media-storage';
import { listImageRows, toProductImage } from './product-images.service';
import { findActiveProductRows } from './products.repository';
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
  const byId = new Map((await findActiveProductRows(db, selection.productIds)).map((row) => [row.id, row]));
  const rows = selection.productIds.flatMap((id) => byId.get(id) ?? []);
  return toProductCards(db, storage, currency, rows);
}
