import { AppError } from '../../shared/app-error';
import { decodeOffsetCursor, encodeCursor } from '../../shared/pagination';
import type { VariantRow } from './catalog.tables';
import { categoryPath, getCategoryTree } from './categories.service';
import { listImageRows, toProductImage } from './product-images.service';
import * as repository from './products.repository';
import type { AdminProduct, AdminProductSummary, StoreProduct } from './products.schemas';
import { type CatalogContext, variantTitle } from './products.service';

/* Reads of products: the back-office table and the storefront product page. */

/** Whether a variant can be bought now: untracked, backorderable, or in stock. */
function isAvailable(variant: VariantRow): boolean {
  return !variant.trackInventory || variant.allowBackorder || variant.stockOnHand > 0;
}

export interface AdminProductQuery {
  q?: string | undefined;
  status?: AdminProduct['status'] | undefined;
  categoryId?: string | undefined;
  stock?: 'in_stock' | 'low' | 'out' | undefined;
  sort: repository.AdminProductSort;
  limit: number;
  cursor?: string | undefined;
}

/** The back-office product table: filters, sorts, an opaque cursor, each row with its main image. */
export async function listAdminProducts(
  ctx: Pick<CatalogContext, 'db' | 'media' | 'currency'>,
  query: AdminProductQuery,
): Promise<{ items: AdminProductSummary[]; total: number; nextCursor: string | null }> {
  const offset = decodeOffsetCursor(query.cursor);
  const { rows, total } = await repository.listProducts(ctx.db, { ...query, offset });
  const page = rows.slice(0, query.limit);
  const images = new Map(
    (
      await listImageRows(
        ctx.db,
        page.map((row) => row.id),
        { firstOnly: true },
      )
    ).map((image) => [image.productId, toProductImage(ctx.media, image)]),
  );
  const money = (amount: number) => ({ amount, currency: ctx.currency });
  return {
    items: page.map((row) => ({
      id: row.id,
      handle: row.handle,
      title: row.title,
      status: row.status,
      variantCount: row.variantCount,
      stockOnHand: row.stockOnHand,
      price:
        row.minPrice === null || row.maxPrice === null
          ? null
          : { min: money(row.minPrice), max: money(row.maxPrice) },
      image: images.get(row.id) ?? null,
      updatedAt: row.updatedAt.toISOString(),
    })),
    total,
    nextCursor: rows.length > query.limit ? encodeCursor(String(offset + query.limit)) : null,
  };
}

/** An active product for the storefront; drafts and archived products are not found. */
export async function getStoreProduct(
  ctx: Pick<CatalogContext, 'db' | 'media' | 'currency'>,
  handle: string,
): Promise<StoreProduct> {
  const [record, tree] = await Promise.all([
    repository.loadProduct(ctx.db, { handle }),
    getCategoryTree(ctx.db),
  ]);
  if (record?.product.status !== 'active' || record.variants.length === 0) {
    throw new AppError('not_found', 'No such product.');
  }
  const money = (amount: number) => ({ amount, currency: ctx.currency });
  const prices = record.variants.map((variant) => variant.price);
  // The deepest of the product's categories gives the breadcrumb (ties: the first by id).
  const breadcrumb = record.categoryIds
    .map((categoryId) => categoryPath(tree, categoryId))
    .reduce<ReturnType<typeof categoryPath>>((best, path) => (path.length > best.length ? path : best), []);
  return {
    id: record.product.id,
    handle: record.product.handle,
    title: record.product.title,
    description: record.product.description,
    seoTitle: record.product.seoTitle,
    seoDescription: record.product.seoDescription,
    options: record.options,
    features: record.features,
    variants: record.variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      title: variantTitle(record.options, variant.optionValues),
      options: variant.optionValues,
      price: money(variant.price),
      ...(variant.compareAtPrice !== null ? { compareAtPrice: money(variant.compareAtPrice) } : {}),
      available: isAvailable(variant),
    })),
    price: { min: money(Math.min(...prices)), max: money(Math.max(...prices)) },
    images: record.images.map((image) => toProductImage(ctx.media, image)),
    breadcrumb: breadcrumb.map((node) => ({ handle: node.handle, name: node.name })),
  };
}
