import type { Database, DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import { toHandle } from '../../shared/handles';
import { newId } from '../../shared/ids';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { MediaStorage } from '../media/media-storage';
import type { VariantRow } from './catalog.tables';
import { emitLowStockEvents, emitProductEvents, stockLevels } from './catalog-events';
import { listImageRows, removeUnusedFiles, toProductImage } from './product-images.service';
import * as repository from './products.repository';
import type {
  AdminProduct,
  BulkAction,
  NewProduct,
  ProductUpdate,
  VariantInput,
  VariantPatch,
  VariantsReplace,
} from './products.schemas';

/** What catalog services need beyond the database: the media storage (image URLs) and the currency. */
export interface CatalogContext {
  db: Database;
  media: MediaStorage;
  currency: string;
}

export function variantTitle(options: { name: string }[], values: Record<string, string>): string {
  return options.length === 0 ? 'Default' : options.map((option) => values[option.name] ?? '').join(' / ');
}

function toAdminProduct(
  record: repository.ProductRecord,
  media: MediaStorage,
  currency: string,
): AdminProduct {
  const { product } = record;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description,
    status: product.status,
    tags: product.tags,
    seoTitle: product.seoTitle,
    seoDescription: product.seoDescription,
    currency,
    options: record.options,
    variants: record.variants.map((variant) => ({
      id: variant.id,
      title: variantTitle(record.options, variant.optionValues),
      ...toVariantInput(variant),
    })),
    categoryIds: record.categoryIds,
    features: record.features,
    images: record.images.map((image) => toProductImage(media, image)),
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/**
 * Every variant names one allowed value of each option, no two variants share a combination, and SKUs
 * are unique (within the product and in the store). All problems are reported at once, by field.
 */
async function validateVariants(
  db: DbOrTx,
  input: Pick<NewProduct, 'options' | 'variants' | 'categoryIds'>,
  ownProductId?: string,
): Promise<void> {
  const errors: FieldError[] = [];
  const options = new Map(input.options.map((option) => [option.name, new Set(option.values)]));
  if (options.size !== input.options.length)
    errors.push({ path: 'options', message: 'Option names must differ.' });
  const combinations = new Set<string>();
  const skus = new Map<string, number>();
  input.variants.forEach((variant, index) => {
    const names = Object.keys(variant.options);
    const mismatch =
      names.length !== options.size ||
      names.some((name) => !options.get(name)?.has(variant.options[name] ?? ''));
    if (mismatch) {
      errors.push({ path: `variants.${index}.options`, message: 'Give one listed value for each option.' });
    }
    const combination = input.options.map((option) => variant.options[option.name]).join('\u0000');
    if (combinations.has(combination)) {
      errors.push({ path: `variants.${index}.options`, message: 'Another variant has the same options.' });
    }
    combinations.add(combination);
    const sku = variant.sku.toLowerCase();
    if (skus.has(sku))
      errors.push({ path: `variants.${index}.sku`, message: 'Another variant uses this SKU.' });
    skus.set(sku, index);
  });
  const taken = await repository.existingSkus(db, [...skus.keys()], ownProductId);
  for (const [sku, index] of skus) {
    if (taken.has(sku)) errors.push({ path: `variants.${index}.sku`, message: 'This SKU is already used.' });
  }
  if (
    input.categoryIds &&
    (await repository.countCategories(db, input.categoryIds)) !== new Set(input.categoryIds).size
  ) {
    errors.push({ path: 'categoryIds', message: 'Choose existing categories.' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', 'Some fields need attention.', errors);
}

const handleTaken = () =>
  new AppError('conflict', 'Another product already uses this handle.', [
    { path: 'handle', message: 'This handle is taken; choose another.' },
  ]);

const skuTaken = () => new AppError('conflict', 'A SKU of this product is already used.');

function variantRow(productId: string, variant: VariantInput, position: number, id = newId('variant')) {
  return {
    id,
    productId,
    sku: variant.sku,
    optionValues: variant.options,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice ?? null,
    weightGrams: variant.weightGrams ?? null,
    barcode: variant.barcode ?? null,
    taxClass: variant.taxClass ?? 'standard',
    trackInventory: variant.trackInventory ?? true,
    allowBackorder: variant.allowBackorder ?? false,
    stockOnHand: variant.stockOnHand ?? 0,
    position,
  };
}

/** Runs a write that may hit the SKU unique index (a concurrent product took a SKU after the check). */
async function guardSkus<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw skuTaken();
    throw error;
  }
}

/** Creates a product with its options, variants, categories and features, in one transaction. */
export async function createProduct(ctx: CatalogContext, input: NewProduct): Promise<AdminProduct> {
  const id = await ctx.db.transaction(async (tx) => {
    await validateVariants(tx, input);
    const product = await repository.insertProduct(tx, {
      id: newId('product'),
      handle: input.handle ?? toHandle(input.title),
      title: input.title,
      description: input.description ?? null,
      status: input.status ?? 'draft',
      tags: input.tags ?? [],
      seoTitle: input.seoTitle ?? null,
      seoDescription: input.seoDescription ?? null,
    });
    if (!product) throw handleTaken();
    await repository.insertOptions(
      tx,
      input.options.map((option, position) => ({
        productId: product.id,
        name: option.name,
        values: option.values,
        position,
      })),
    );
    await guardSkus(() =>
      repository.insertVariants(
        tx,
        input.variants.map((variant, position) => variantRow(product.id, variant, position)),
      ),
    );
    await repository.replaceCategories(tx, product.id, [...new Set(input.categoryIds ?? [])]);
    await repository.replaceFeatures(tx, product.id, input.features ?? []);
    await emitProductEvents(tx, 'product.created', [product.id]);
    return product.id;
  });
  return getAdminProduct(ctx, id);
}

/** A product with everything it owns; `not_found` otherwise. */
export async function getAdminProduct(
  ctx: Pick<CatalogContext, 'db' | 'media' | 'currency'>,
  id: string,
): Promise<AdminProduct> {
  const record = await repository.loadProduct(ctx.db, { id });
  if (!record) throw new AppError('not_found', 'No such product.');
  return toAdminProduct(record, ctx.media, ctx.currency);
}

/** Moves the product to the next version if it is at `version`; 404 or 409 `version_conflict` otherwise. */
async function claimVersion(db: DbOrTx, id: string, version: number | undefined): Promise<void> {
  const claimed = await repository.bumpVersion(db, id, version);
  if (claimed) return;
  const current = await repository.findProductVersion(db, id);
  if (current === undefined) throw new AppError('not_found', 'No such product.');
  throw new AppError(
    'version_conflict',
    `The product changed since version ${version} (now ${current}); reload it.`,
  );
}

/** Changes a product at the `version` the editor read (409 `version_conflict` otherwise). */
export async function updateProduct(
  ctx: CatalogContext,
  id: string,
  input: ProductUpdate,
): Promise<AdminProduct> {
  const { version, categoryIds, features, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    if (categoryIds && (await repository.countCategories(tx, categoryIds)) !== new Set(categoryIds).size) {
      throw new AppError('validation_failed', 'Unknown categories.', [
        { path: 'categoryIds', message: 'Choose existing categories.' },
      ]);
    }
    let row: Awaited<ReturnType<typeof repository.updateProduct>>;
    try {
      row = await repository.updateProduct(tx, id, version, fields);
    } catch (error) {
      if (isUniqueViolation(error)) throw handleTaken();
      throw error;
    }
    if (!row) await claimVersion(tx, id, version);
    if (categoryIds) await repository.replaceCategories(tx, id, [...new Set(categoryIds)]);
    if (features) await repository.replaceFeatures(tx, id, features);
    await emitProductEvents(tx, 'product.updated', [id]);
  });
  return getAdminProduct(ctx, id);
}

/**
 * Replaces a product's options and variants (the editor's matrix) at `version`: listed variants with an id
 * are updated, those without are created, the others deleted. Validation as on creation; a variant id of
 * another product is a field error.
 */
export async function replaceVariants(
  ctx: CatalogContext,
  id: string,
  input: VariantsReplace,
): Promise<AdminProduct> {
  await ctx.db.transaction(async (tx) => {
    await claimVersion(tx, id, input.version);
    await validateVariants(tx, input, id);
    const existing = new Set(await repository.variantIds(tx, id));
    const errors: FieldError[] = [];
    input.variants.forEach((variant, index) => {
      if (variant.id !== undefined && !existing.has(variant.id)) {
        errors.push({ path: `variants.${index}.id`, message: 'This variant is not one of this product.' });
      }
    });
    if (errors.length > 0) throw new AppError('validation_failed', 'Some fields need attention.', errors);
    const kept = new Set(input.variants.flatMap((variant) => (variant.id ? [variant.id] : [])));
    const stockBefore = await stockLevels(tx, [...kept]);
    await repository.deleteVariants(
      tx,
      id,
      [...existing].filter((variantId) => !kept.has(variantId)),
    );
    await guardSkus(async () => {
      // SKUs may swap between kept variants: park them first so the unique index never sees a duplicate.
      await repository.parkSkus(tx, [...kept]);
      const rows = input.variants.map((variant, position) => variantRow(id, variant, position, variant.id));
      await repository.upsertVariants(tx, rows);
    });
    await repository.replaceOptions(
      tx,
      id,
      input.options.map((option, position) => ({
        productId: id,
        name: option.name,
        values: option.values,
        position,
      })),
    );
    await emitLowStockEvents(
      tx,
      input.variants.flatMap((variant) => {
        const before = variant.id === undefined ? undefined : stockBefore.get(variant.id);
        return variant.id && before !== undefined && variant.stockOnHand !== undefined
          ? [{ variantId: variant.id, before, after: variant.stockOnHand }]
          : [];
      }),
    );
    await emitProductEvents(tx, 'product.updated', [id]);
  });
  return getAdminProduct(ctx, id);
}

/** Adds one variant (its options must name one listed value of each product option). */
export async function addVariant(
  ctx: CatalogContext,
  id: string,
  input: VariantInput,
): Promise<AdminProduct> {
  const record = await repository.loadProduct(ctx.db, { id });
  if (!record) throw new AppError('not_found', 'No such product.');
  const variants = [...record.variants.map(toVariantInput), input];
  await ctx.db.transaction(async (tx) => {
    await claimVersion(tx, id, record.product.version);
    await validateVariants(tx, { options: record.options, variants }, id);
    await guardSkus(() => repository.insertVariants(tx, [variantRow(id, input, record.variants.length)]));
    await emitProductEvents(tx, 'product.updated', [id]);
  });
  return getAdminProduct(ctx, id);
}

/** A stored variant's editable fields, in the shape an input (and the admin view) uses. */
function toVariantInput(variant: VariantRow): Omit<AdminProduct['variants'][number], 'id' | 'title'> {
  return {
    sku: variant.sku,
    options: variant.optionValues,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice,
    weightGrams: variant.weightGrams,
    barcode: variant.barcode,
    taxClass: variant.taxClass,
    trackInventory: variant.trackInventory,
    allowBackorder: variant.allowBackorder,
    stockOnHand: variant.stockOnHand,
  };
}

/**
 * Changes one variant's fields (price, stock, SKU…). With `version`, refused when the product moved on;
 * without, applied to the current state (integrators updating prices or stock). The product's version
 * moves either way, so an editor holding the old matrix cannot overwrite the change.
 */
export async function updateVariant(
  ctx: CatalogContext,
  id: string,
  variantId: string,
  input: VariantPatch,
): Promise<AdminProduct> {
  const { version, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    await claimVersion(tx, id, version);
    if (
      changes.sku !== undefined &&
      (await repository.existingSkus(tx, [changes.sku], undefined, variantId)).size > 0
    ) {
      throw new AppError('validation_failed', 'This SKU is already used.', [
        { path: 'sku', message: 'This SKU is already used.' },
      ]);
    }
    const before =
      changes.stockOnHand === undefined ? undefined : (await stockLevels(tx, [variantId])).get(variantId);
    const updated = await guardSkus(() => repository.updateVariant(tx, id, variantId, changes));
    if (!updated) throw new AppError('not_found', 'No such variant.');
    if (before !== undefined && changes.stockOnHand !== undefined)
      await emitLowStockEvents(tx, [{ variantId, before, after: changes.stockOnHand }]);
    await emitProductEvents(tx, 'product.updated', [id]);
  });
  return getAdminProduct(ctx, id);
}

/** Deletes a variant; a product keeps at least one (409). */
export async function deleteVariant(
  ctx: CatalogContext,
  id: string,
  variantId: string,
): Promise<AdminProduct> {
  await ctx.db.transaction(async (tx) => {
    await claimVersion(tx, id, undefined);
    const ids = await repository.variantIds(tx, id);
    if (!ids.includes(variantId)) throw new AppError('not_found', 'No such variant.');
    if (ids.length === 1) throw new AppError('conflict', 'A product keeps at least one variant.');
    await repository.deleteVariants(tx, id, [variantId]);
    await emitProductEvents(tx, 'product.updated', [id]);
  });
  return getAdminProduct(ctx, id);
}

/** Deletes products (with their variants and images; files go once no copy uses them). Returns how many. */
export async function deleteProducts(
  ctx: Pick<CatalogContext, 'db' | 'media'>,
  ids: string[],
): Promise<number> {
  const { deleted, storageKeys } = await ctx.db.transaction(async (tx) => {
    const keys = (await listImageRows(tx, ids)).map((image) => image.storageKey);
    await emitProductEvents(tx, 'product.deleted', ids);
    return { deleted: await repository.deleteProducts(tx, ids), storageKeys: keys };
  });
  await removeUnusedFiles(ctx.db, ctx.media, [...new Set(storageKeys)]);
  return deleted;
}

/**
 * Copies a product as a draft: "Copy of …", a free handle (`-copy`, `-copy-2`…), SKUs suffixed `-COPY`
 * (numbered when taken), the same options, categories, features and images (files shared).
 */
export async function duplicateProduct(ctx: CatalogContext, id: string): Promise<AdminProduct> {
  const record = await repository.loadProduct(ctx.db, { id });
  if (!record) throw new AppError('not_found', 'No such product.');
  const copyId = await ctx.db.transaction(async (tx) => {
    const handle = await repository.freeHandle(tx, `${record.product.handle}-copy`.slice(0, 90));
    const skus = await repository.freeSkus(
      tx,
      record.variants.map((variant) => `${variant.sku}-COPY`.slice(0, 60)),
    );
    const product = await repository.insertProduct(tx, {
      id: newId('product'),
      handle,
      title: `Copy of ${record.product.title}`.slice(0, 200),
      description: record.product.description,
      status: 'draft',
      tags: record.product.tags,
      seoTitle: record.product.seoTitle,
      seoDescription: record.product.seoDescription,
    });
    if (!product) throw handleTaken();
    await repository.insertOptions(
      tx,
      record.options.map((option, position) => ({ productId: product.id, ...option, position })),
    );
    await guardSkus(() =>
      repository.insertVariants(
        tx,
        record.variants.map((variant, position) => ({
          ...variantRow(product.id, toVariantInput(variant), position),
          sku: skus[position] ?? `${variant.sku}-COPY`,
        })),
      ),
    );
    await repository.replaceCategories(tx, product.id, record.categoryIds);
    await repository.replaceFeatures(tx, product.id, record.features);
    await repository.copyImages(tx, record.images, product.id);
    await emitProductEvents(tx, 'product.created', [product.id]);
    return product.id;
  });
  return getAdminProduct(ctx, copyId);
}

/** Applies one action to many products; unknown ids are skipped. Returns how many products it changed. */
export async function bulkUpdateProducts(
  ctx: Pick<CatalogContext, 'db' | 'media'>,
  ids: string[],
  action: BulkAction,
): Promise<number> {
  const unique = [...new Set(ids)];
  switch (action.type) {
    case 'set_status':
      return ctx.db.transaction(async (tx) => {
        const changed = await repository.setStatus(tx, unique, action.status);
        await emitProductEvents(tx, 'product.updated', unique);
        return changed;
      });
    case 'delete':
      return deleteProducts(ctx, unique);
    case 'adjust_prices':
      return ctx.db.transaction(async (tx) => {
        // Basis points keep the arithmetic in integers: 12.5% is 1250.
        const changed = await repository.adjustPrices(tx, unique, Math.round(action.percent * 100));
        await emitProductEvents(tx, 'product.updated', unique);
        return changed;
      });
  }
}
