import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import type { RenditionName } from '../media/image-processing';
import type { MediaStorage } from '../media/media-storage';
import { imageUrls, storeImageFiles } from '../media/stored-images';
import { type ProductImageRow, productImages, products } from './catalog.tables';
import { emitProductEvents } from './catalog-events';

export interface ProductImage {
  id: string;
  url: string;
  alt: string | null;
  width: number;
  height: number;
  position: number;
  thumbnails: Record<RenditionName, string>;
}

/** At most this many images per product. */
export const maxImagesPerProduct = 30;

type ImageFields = Pick<
  ProductImageRow,
  'id' | 'storageKey' | 'contentType' | 'alt' | 'width' | 'height' | 'position'
>;

/** The public shape of an image row: URLs of the original and of each rendition. */
export function toProductImage(storage: MediaStorage, row: ImageFields): ProductImage {
  const { url, thumbnails } = imageUrls(storage, row.storageKey, row.contentType);
  return {
    id: row.id,
    url,
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
    thumbnails,
  };
}

/** Images of products in gallery order; `firstOnly`: each product's main image only. */
export async function listImageRows(
  db: DbOrTx,
  productIds: string[],
  options: { firstOnly?: boolean } = {},
): Promise<ProductImageRow[]> {
  if (productIds.length === 0) return [];
  if (options.firstOnly) {
    return db
      .selectDistinctOn([productImages.productId])
      .from(productImages)
      .where(inArray(productImages.productId, productIds))
      .orderBy(asc(productImages.productId), asc(productImages.position), asc(productImages.id));
  }
  return db
    .select()
    .from(productImages)
    .where(inArray(productImages.productId, productIds))
    .orderBy(asc(productImages.productId), asc(productImages.position), asc(productImages.id));
}

/**
 * Adds an uploaded image at the end of a product's gallery. The content decides the type (415 otherwise);
 * the product row is locked while the position is chosen, so concurrent uploads get distinct positions.
 * Throws `not_found` (no product) and `conflict` (gallery full).
 */
export async function addProductImage(
  db: Database,
  storage: MediaStorage,
  productId: string,
  upload: { file: Buffer; alt: string | null; originalName: string | null },
): Promise<ProductImage> {
  if (!(await productExists(db, productId))) throw new AppError('not_found', 'No such product.');
  const files = await storeImageFiles(storage, upload.file);
  try {
    const row = await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ id: products.id })
        .from(products)
        .where(eq(products.id, productId))
        .for('update');
      if (!locked) throw new AppError('not_found', 'No such product.');
      const [stats] = await tx
        .select({ images: count(), last: max(productImages.position) })
        .from(productImages)
        .where(eq(productImages.productId, productId));
      if ((stats?.images ?? 0) >= maxImagesPerProduct) {
        throw new AppError('conflict', `A product has at most ${maxImagesPerProduct} images.`);
      }
      const [inserted] = await tx
        .insert(productImages)
        .values({
          id: newId('image'),
          productId,
          position: (stats?.last ?? -1) + 1,
          alt: upload.alt,
          originalName: upload.originalName,
          ...files,
        })
        .returning();
      await touchProduct(tx, productId);
      return inserted;
    });
    if (!row) throw new Error('insert returned nothing');
    return toProductImage(storage, row);
  } catch (error) {
    await storage.removeFolder(files.storageKey);
    throw error;
  }
}

async function productExists(db: DbOrTx, productId: string): Promise<boolean> {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.id, productId));
  return row !== undefined;
}

/**
 * Images are sub-resources with their own operations: they move the product's `updatedAt` but not its
 * `version`, so an editor's pending changes to the general fields are not refused because of an upload.
 */
async function touchProduct(db: DbOrTx, productId: string): Promise<void> {
  await db.update(products).set({ updatedAt: sql`now()` }).where(eq(products.id, productId));
  await emitProductEvents(db, 'product.updated', [productId]);
}

export async function updateProductImage(
  db: Database,
  storage: MediaStorage,
  productId: string,
  imageId: string,
  changes: { alt: string | null },
): Promise<ProductImage> {
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(productImages)
      .set({ alt: changes.alt })
      .where(and(eq(productImages.id, imageId), eq(productImages.productId, productId)))
      .returning();
    if (updated) await touchProduct(tx, productId);
    return updated;
  });
  if (!row) throw new AppError('not_found', 'No such image.');
  return toProductImage(storage, row);
}

/** Puts a product's images in the given order; the list must name each of its images exactly once. */
export async function reorderProductImages(
  db: Database,
  storage: MediaStorage,
  productId: string,
  imageIds: string[],
): Promise<ProductImage[]> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.id, productId))
      .for('update');
    if (!locked) throw new AppError('not_found', 'No such product.');
    const current = await listImageRows(tx, [productId]);
    const known = new Set(current.map((row) => row.id));
    if (
      imageIds.length !== current.length ||
      new Set(imageIds).size !== imageIds.length ||
      imageIds.some((id) => !known.has(id))
    ) {
      throw new AppError('validation_failed', 'List each image of the product once.', [
        { path: 'imageIds', message: 'List each image of the product exactly once.' },
      ]);
    }
    if (imageIds.length > 0) {
      await tx.execute(sql`
        update product_images set position = ordered.position - 1
        from unnest(${sql.param(imageIds)}::text[]) with ordinality as ordered(id, position)
        where product_images.id = ordered.id`);
      await touchProduct(tx, productId);
    }
    const rows = await listImageRows(tx, [productId]);
    return rows.map((row) => toProductImage(storage, row));
  });
}

export async function deleteProductImage(
  db: Database,
  storage: MediaStorage,
  productId: string,
  imageId: string,
): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(productImages)
      .where(and(eq(productImages.id, imageId), eq(productImages.productId, productId)))
      .returning();
    if (row) await touchProduct(tx, productId);
    return row;
  });
  if (!removed) throw new AppError('not_found', 'No such image.');
  await removeUnusedFiles(db, storage, [removed.storageKey]);
}

/** Deletes the files of storage keys no image row uses any more (duplicated products share files). */
export async function removeUnusedFiles(db: DbOrTx, storage: MediaStorage, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const used = await db
    .selectDistinct({ key: productImages.storageKey })
    .from(productImages)
    .where(inArray(productImages.storageKey, keys));
  const stillUsed = new Set(used.map((row) => row.key));
  await Promise.all(keys.filter((key) => !stillUsed.has(key)).map((key) => storage.removeFolder(key)));
}
