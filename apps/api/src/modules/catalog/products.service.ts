import type { Database, DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import { toHandle } from '../../shared/handles';
import { newId } from '../../shared/ids';
import { decodeCursor, toPage } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { VariantRow } from './catalog.tables';
import * as repository from './products.repository';
import type {
  AdminProduct,
  AdminProductSummary,
  NewProduct,
  ProductUpdate,
  StoreProduct,
} from './products.schemas';

function variantTitle(options: { name: string }[], values: Record<string, string>): string {
  return options.length === 0 ? 'Default' : options.map((option) => values[option.name] ?? '').join(' / ');
}

function toAdminProduct(record: repository.ProductRecord, currency: string): AdminProduct {
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
      sku: variant.sku,
      title: variantTitle(record.options, variant.optionValues),
      options: variant.optionValues,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice,
      weightGrams: variant.weightGrams,
      barcode: variant.barcode,
      taxClass: variant.taxClass,
      trackInventory: variant.trackInventory,
      allowBackorder: variant.allowBackorder,
      stockOnHand: variant.stockOnHand,
    })),
    categoryIds: record.categoryIds,
    features: record.features,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** Whether a variant can be bought now: untracked, backorderable, or in stock. */
function isAvailable(variant: VariantRow): boolean {
  return !variant.trackInventory || variant.allowBackorder || variant.stockOnHand > 0;
}

/**
 * Every variant names one allowed value of each option, no two variants share a combination, and SKUs
 * are unique (within the product and in the store). All problems are reported at once, by field.
 */
async function validateVariants(db: DbOrTx, input: NewProduct): Promise<void> {
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
  const taken = await repository.existingSkus(db, [...skus.keys()]);
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

/** Creates a product with its options, variants, categories and features, in one transaction. */
export async function createProduct(
  db: Database,
  input: NewProduct,
  currency: string,
): Promise<AdminProduct> {
  const id = await db.transaction(async (tx) => {
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
    try {
      await repository.insertVariants(
        tx,
        input.variants.map((variant, position) => ({
          id: newId('variant'),
          productId: product.id,
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
        })),
      );
    } catch (error) {
      // A concurrent product took one of the SKUs between the check and the insert.
      if (isUniqueViolation(error)) throw new AppError('conflict', 'A SKU of this product is already used.');
      throw error;
    }
    await repository.replaceCategories(tx, product.id, [...new Set(input.categoryIds ?? [])]);
    await repository.replaceFeatures(tx, product.id, input.features ?? []);
    return product.id;
  });
  return getAdminProduct(db, id, currency);
}

export async function getAdminProduct(db: DbOrTx, id: string, currency: string): Promise<AdminProduct> {
  const record = await repository.loadProduct(db, { id });
  if (!record) throw new AppError('not_found', 'No such product.');
  return toAdminProduct(record, currency);
}

/** Changes a product at the `version` the editor read (409 `version_conflict` otherwise). */
export async function updateProduct(
  db: Database,
  id: string,
  input: ProductUpdate,
  currency: string,
): Promise<AdminProduct> {
  const { version, categoryIds, features, ...fields } = input;
  await db.transaction(async (tx) => {
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
    if (!row) {
      const current = await repository.findProductVersion(tx, id);
      if (current === undefined) throw new AppError('not_found', 'No such product.');
      throw new AppError(
        'version_conflict',
        `The product changed since version ${version} (now ${current}); reload it.`,
      );
    }
    if (categoryIds) await repository.replaceCategories(tx, id, [...new Set(categoryIds)]);
    if (features) await repository.replaceFeatures(tx, id, features);
  });
  return getAdminProduct(db, id, currency);
}

export async function listAdminProducts(
  db: DbOrTx,
  query: {
    q?: string | undefined;
    status?: AdminProduct['status'] | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const { rows, total } = await repository.listProducts(db, {
    q: query.q,
    status: query.status,
    before: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => row.product.id,
    (row): AdminProductSummary => ({
      id: row.product.id,
      handle: row.product.handle,
      title: row.product.title,
      status: row.product.status,
      variantCount: row.variantCount,
      stockOnHand: row.stockOnHand,
      updatedAt: row.product.updatedAt.toISOString(),
    }),
  );
}

/** An active product for the storefront; drafts and archived products are not found. */
export async function getStoreProduct(db: DbOrTx, handle: string, currency: string): Promise<StoreProduct> {
  const record = await repository.loadProduct(db, { handle });
  if (record?.product.status !== 'active' || record.variants.length === 0) {
    throw new AppError('not_found', 'No such product.');
  }
  const money = (amount: number) => ({ amount, currency });
  const prices = record.variants.map((variant) => variant.price);
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
  };
}
