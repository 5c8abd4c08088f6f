import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Task } from 'graphile-worker';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import type { CsvValue } from '../../shared/csv';
import { handleSchema } from '../../shared/handles';
import { newId } from '../../shared/ids';
import { decodeCursor, encodeCursor } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/pg-errors';
import { enqueueJob } from '../jobs';
import { maxImageBytes } from '../media/image-upload';
import type { MediaStorage } from '../media/media-storage';
import { getStoreSettings } from '../settings';
import { checkWebhookUrl, getFromAddresses, type Resolver } from '../webhooks';
import type { ProductRow } from './catalog.tables';
import { emitLowStockEvents, emitProductEvents } from './catalog-events';
import {
  type ExportedProduct,
  minorUnitDigits,
  type ProductCsvColumn,
  parseDecimalAmount,
  parseWholeNumber,
  productCsvColumns,
  productCsvRows,
  productLevelColumns,
  requiredProductCsvColumns,
  splitList,
  undoFormulaDefusing,
} from './product-csv';
import { addProductImage, toProductImage } from './product-images.service';
import * as repository from './product-imports.repository';
import type { ProductImport } from './product-imports.schemas';
import type { ProductImportIssue, ProductImportRow } from './product-imports.tables';
import { setStockContext } from './stock.service';

/** The graphile-worker task that validates and applies an uploaded file. */
export const importProductsTask = 'import_products';

/** Problems kept on an import (the count goes on). */
export const maxKeptIssues = 500;
/** Rows validated (and applied) per batch: one set of lookups and writes each. */
const batchRows = 1000;
/** Pieces the upload is stored in. */
const chunkBytes = 1024 * 1024;

const maxPrice = 100_000_000;
const statuses = ['draft', 'active', 'archived'] as const;

// ---------------------------------------------------------------------------------------------------------
// Export

/**
 * The CSV rows of every product matching the list's filters, by id, `batchSize` products at a time (keyset,
 * five queries per batch): what `GET /admin/products/export.csv` streams, whatever the catalog's size.
 */
export async function* productCsvBatches(
  db: DbOrTx,
  media: MediaStorage,
  currency: string,
  filter: repository.ProductExportFilter,
  batchSize = 200,
): AsyncGenerator<CsvValue[][]> {
  let after: string | undefined;
  for (;;) {
    const batch = await repository.exportBatch(db, filter, after, batchSize);
    if (batch.products.length === 0) return;
    const byProduct = <T extends { productId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.productId, [...(map.get(row.productId) ?? []), row]);
      return map;
    };
    const variants = byProduct(batch.variants);
    const options = byProduct(batch.options);
    const links = byProduct(batch.categories);
    const images = byProduct(batch.images);
    const rows: CsvValue[][] = [];
    for (const product of batch.products) {
      const exported: ExportedProduct = {
        handle: product.handle,
        title: product.title,
        description: product.description,
        status: product.status,
        tags: product.tags,
        categoryHandles: (links.get(product.id) ?? []).map((link) => link.handle),
        options: options.get(product.id) ?? [],
        imageUrls: (images.get(product.id) ?? []).map((image) => toProductImage(media, image).url),
        variants: variants.get(product.id) ?? [],
      };
      rows.push(...productCsvRows(exported, currency));
    }
    yield rows;
    if (batch.products.length < batchSize) return;
    after = batch.products.at(-1)?.id;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Import records

function toProductImport(row: ProductImportRow): ProductImport {
  return {
    id: row.id,
    status: row.status,
    dryRun: row.dryRun,
    fileName: row.fileName,
    rowsTotal: row.rowsTotal,
    rowsProcessed: row.rowsProcessed,
    products: { created: row.productsCreated, updated: row.productsUpdated },
    variants: { created: row.variantsCreated, updated: row.variantsUpdated },
    errors: row.errors,
    errorCount: row.errorCount,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy: row.createdByName,
  };
}

/**
 * Stores an uploaded file (read from `filePath` in 1 MB pieces into the database, so any API process's worker
 * can read it) and queues its import, in one transaction. The caller removes the file afterwards.
 */
export async function createProductImport(
  db: Database,
  input: {
    filePath: string;
    byteSize: number;
    dryRun: boolean;
    fileName: string | null;
    actor: { id: string; name: string } | null;
  },
): Promise<ProductImport> {
  const id = newId('productImport');
  await db.transaction(async (tx) => {
    await repository.insertImport(tx, {
      id,
      dryRun: input.dryRun,
      fileName: input.fileName,
      byteSize: input.byteSize,
      createdBy: input.actor?.id ?? null,
      createdByName: input.actor?.name ?? null,
    });
    let position = 0;
    for await (const chunk of createReadStream(input.filePath, { highWaterMark: chunkBytes })) {
      await repository.insertChunk(tx, id, position, chunk as Buffer);
      position += 1;
    }
    await enqueueJob(tx, importProductsTask, { importId: id }, { maxAttempts: 3 });
  });
  return getProductImport(db, id);
}

/** An import with its progress and problems; `not_found` otherwise. */
export async function getProductImport(db: DbOrTx, id: string): Promise<ProductImport> {
  const row = await repository.findImport(db, id);
  if (!row) throw new AppError('not_found', 'No such import.');
  return toProductImport(row);
}

/** Imports, newest first. */
export async function listProductImports(
  db: DbOrTx,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: ProductImport[]; total: number; nextCursor: string | null }> {
  const { rows, total } = await repository.listImports(db, decodeCursor(query.cursor), query.limit);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toProductImport),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The job: reading the file

class Issues {
  readonly list: ProductImportIssue[] = [];
  count = 0;
  /** Errors (warnings do not fail an import). */
  errors = 0;

  add(row: number, column: string | null, message: string, warning = false): void {
    this.count += 1;
    if (!warning) this.errors += 1;
    if (this.list.length < maxKeptIssues) this.list.push({ row, column, message });
  }

  sorted(): ProductImportIssue[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }
}

/** One data row, parsed; `ok` is false when it has an error. */
interface ImportRow {
  line: number;
  /** Raw (trimmed) product-level cells, to compare a product's later rows with its first. */
  productCells: Record<(typeof productLevelColumns)[number], string>;
  sku: string;
  optionValues: string[];
  price: number;
  compareAtPrice: number | null;
  stockOnHand: number | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  allowBackorder: boolean;
}

/** The consecutive rows of one product, with the product's fields from its first row. */
interface RowGroup {
  handle: string;
  line: number;
  title: string;
  description: string | null;
  status: ProductRow['status'];
  tags: string[];
  categoryHandles: string[];
  optionNames: string[];
  imageUrls: string[];
  rows: ImportRow[];
  combinations: Map<string, number>;
}

async function* fileChunks(db: DbOrTx, importId: string): AsyncGenerator<Buffer> {
  let position = 0;
  for (;;) {
    const chunks = await repository.readChunks(db, importId, position, 4);
    if (chunks.length === 0) return;
    for (const chunk of chunks) {
      yield chunk.data;
      position = chunk.position + 1;
    }
  }
}

function isParsedRecord(value: unknown): value is { record: string[]; info: { lines: number } } {
  return typeof value === 'object' && value !== null && 'record' in value && 'info' in value;
}

/**
 * Streams the stored file through csv-parse, checks the header and each row, groups a product's consecutive
 * rows and hands them to `onBatch` about `batchRows` rows at a time. Returns the number of data rows.
 */
async function scanFile(
  db: DbOrTx,
  importId: string,
  digits: number,
  issues: Issues,
  onBatch: (groups: RowGroup[]) => Promise<void>,
  onProgress: (rows: number) => Promise<void>,
): Promise<number> {
  const parser = Readable.from(fileChunks(db, importId)).pipe(
    parse({ bom: true, relax_column_count: true, info: true, skip_empty_lines: true }),
  );
  let columns: Map<ProductCsvColumn, number> | undefined;
  let headerWidth = 0;
  let headerOk = false;
  let rowsTotal = 0;
  let current: RowGroup | undefined;
  let pending: RowGroup[] = [];
  let pendingRows = 0;
  const seenHandles = new Set<string>();
  const skuLines = new Map<string, number>();

  const flush = async () => {
    if (pending.length > 0) await onBatch(pending);
    pending = [];
    pendingRows = 0;
  };
  const close = async (group: RowGroup | undefined) => {
    if (!group) return;
    pending.push(group);
    pendingRows += group.rows.length;
    if (pendingRows >= batchRows) await flush();
  };

  for await (const item of parser) {
    if (!isParsedRecord(item)) continue;
    const { record, info } = item;
    if (!columns) {
      columns = readHeader(record, issues);
      headerWidth = record.length;
      headerOk = issues.errors === 0;
      continue;
    }
    // Spreadsheets save blank rows as a line of commas: skipped like empty lines.
    if (record.every((value) => value.trim() === '')) continue;
    rowsTotal += 1;
    if (rowsTotal % batchRows === 0) await onProgress(rowsTotal);
    if (!headerOk) continue;
    const line = info.lines;
    if (record.length !== headerWidth)
      issues.add(line, null, `Expected ${headerWidth} cells as in the header, found ${record.length}.`);
    const cell = (name: ProductCsvColumn): string => {
      const index = columns?.get(name);
      const raw = index === undefined ? '' : (record[index] ?? '');
      const value = undoFormulaDefusing(raw);
      return name === 'description' ? value : value.trim();
    };
    const handle = cell('handle');
    if (!handle) {
      issues.add(line, 'handle', 'Enter the product handle.');
      continue;
    }
    const row = parseRow(line, cell, digits, issues, skuLines);
    if (current && current.handle === handle) {
      addLaterRow(current, row, issues);
      continue;
    }
    await close(current);
    if (seenHandles.has(handle))
      issues.add(line, 'handle', 'Rows of one product must be consecutive: this handle appears above.');
    else if (!handleSchema.safeParse(handle).success)
      issues.add(line, 'handle', 'Use lowercase letters, digits and single hyphens, such as summer-dress.');
    seenHandles.add(handle);
    current = startGroup(handle, row, issues);
  }
  if (!columns) issues.add(1, null, 'The file is empty: it needs a header row and one row per variant.');
  await close(current);
  await flush();
  await onProgress(rowsTotal);
  return rowsTotal;
}

function readHeader(record: string[], issues: Issues): Map<ProductCsvColumn, number> {
  const known = new Set<string>(productCsvColumns);
  const columns = new Map<ProductCsvColumn, number>();
  record.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) {
      issues.add(1, raw, `Unknown column. Use the columns of an export: ${productCsvColumns.join(', ')}.`);
      return;
    }
    const column = name as ProductCsvColumn;
    if (columns.has(column)) issues.add(1, column, 'This column appears twice.');
    else columns.set(column, index);
  });
  for (const column of requiredProductCsvColumns) {
    if (!columns.has(column)) issues.add(1, column, 'Missing required column.');
  }
  return columns;
}

function parseRow(
  line: number,
  cell: (name: ProductCsvColumn) => string,
  digits: number,
  issues: Issues,
  skuLines: Map<string, number>,
): ImportRow {
  const amount = (column: ProductCsvColumn, required: boolean): number | null => {
    const text = cell(column);
    if (!text) {
      if (required) issues.add(line, column, 'Enter a price.');
      return null;
    }
    const value = parseDecimalAmount(text, digits);
    if (value === undefined || value > maxPrice) {
      issues.add(
        line,
        column,
        digits === 0
          ? 'Enter a whole amount such as 1990.'
          : `Enter an amount such as 19.90 (a dot, at most ${digits} decimals).`,
      );
      return null;
    }
    return value;
  };
  const whole = (column: ProductCsvColumn, max: number): number | null => {
    const text = cell(column);
    if (!text) return null;
    const value = parseWholeNumber(text);
    if (value === undefined || value > max) {
      issues.add(line, column, `Enter a whole number from 0 to ${max}.`);
      return null;
    }
    return value;
  };
  const flag = (column: ProductCsvColumn, fallback: boolean): boolean => {
    const text = cell(column).toLowerCase();
    if (text === '') return fallback;
    if (text === 'true' || text === 'false') return text === 'true';
    issues.add(line, column, 'Use true or false (or leave empty).');
    return fallback;
  };
  const sku = cell('sku');
  if (!sku) issues.add(line, 'sku', 'Enter a SKU.');
  else if (sku.length > 64) issues.add(line, 'sku', 'Use 64 characters or fewer.');
  else {
    const previous = skuLines.get(sku.toLowerCase());
    if (previous !== undefined) issues.add(line, 'sku', `The SKU is also on line ${previous}.`);
    else skuLines.set(sku.toLowerCase(), line);
  }
  const barcode = cell('barcode');
  if (barcode.length > 64) issues.add(line, 'barcode', 'Use 64 characters or fewer.');
  const optionValues = [cell('option1_value'), cell('option2_value'), cell('option3_value')];
  optionValues.forEach((value, index) => {
    if (value.length > 60) issues.add(line, `option${index + 1}_value`, 'Use 60 characters or fewer.');
  });
  const productCells = Object.fromEntries(
    productLevelColumns.map((column) => [column, cell(column)]),
  ) as ImportRow['productCells'];
  return {
    line,
    productCells,
    sku,
    optionValues,
    price: amount('price', true) ?? 0,
    compareAtPrice: amount('compare_at_price', false),
    stockOnHand: whole('stock', 10_000_000),
    weightGrams: whole('weight_grams', 1_000_000),
    barcode: barcode || null,
    trackInventory: flag('track_inventory', true),
    allowBackorder: flag('allow_backorder', false),
  };
}

/** Starts a product's group with its first row, whose product-level cells are checked. */
function startGroup(handle: string, row: ImportRow, issues: Issues): RowGroup {
  const cells = row.productCells;
  const { line } = row;
  const title = cells.title.trim();
  if (!title) issues.add(line, 'title', "Enter the product's title on its first row.");
  else if (title.length > 200) issues.add(line, 'title', 'Use 200 characters or fewer.');
  if (cells.description.length > 50_000) issues.add(line, 'description', 'Use 50 000 characters or fewer.');
  const status = cells.status.toLowerCase() || 'draft';
  if (!(statuses as readonly string[]).includes(status))
    issues.add(line, 'status', 'Use draft, active or archived (or leave empty for draft).');
  const tags = splitList(cells.tags);
  if (tags.length > 50) issues.add(line, 'tags', 'Use at most 50 tags.');
  if (tags.some((tag) => tag.length > 40)) issues.add(line, 'tags', 'Use tags of 40 characters or fewer.');
  const categoryHandles = [...new Set(splitList(cells.categories))];
  if (categoryHandles.length > 50) issues.add(line, 'categories', 'Use at most 50 categories.');
  const names = [cells.option1_name, cells.option2_name, cells.option3_name];
  const optionNames: string[] = [];
  names.forEach((name, index) => {
    const column = `option${index + 1}_name`;
    if (!name) return;
    if (optionNames.length !== index) issues.add(line, column, `Fill option${index}_name first.`);
    else if (name.length > 40) issues.add(line, column, 'Use 40 characters or fewer.');
    else if (optionNames.includes(name)) issues.add(line, column, 'Option names must differ.');
    optionNames.push(name);
  });
  const group: RowGroup = {
    handle,
    line,
    title,
    description: cells.description.trim() ? cells.description : null,
    status: (statuses as readonly string[]).includes(status) ? (status as ProductRow['status']) : 'draft',
    tags,
    categoryHandles,
    optionNames,
    imageUrls: splitList(cells.image_urls),
    rows: [],
    combinations: new Map(),
  };
  addRowOptions(group, row, issues);
  group.rows.push(row);
  return group;
}

/** A later row of a product: product-level cells empty or equal to the first row's; its options checked. */
function addLaterRow(group: RowGroup, row: ImportRow, issues: Issues): void {
  const first = group.rows[0];
  if (first) {
    for (const column of productLevelColumns) {
      const value = row.productCells[column];
      if (value.trim() !== '' && value !== first.productCells[column])
        issues.add(row.line, column, `Leave empty or repeat line ${first.line}'s value exactly.`);
    }
  }
  addRowOptions(group, row, issues);
  group.rows.push(row);
}

function addRowOptions(group: RowGroup, row: ImportRow, issues: Issues): void {
  for (let index = 0; index < 3; index++) {
    const name = group.optionNames[index];
    const value = row.optionValues[index] ?? '';
    const column = `option${index + 1}_value`;
    if (name !== undefined && !value) issues.add(row.line, column, `Enter a value for ${name}.`);
    if (name === undefined && value)
      issues.add(
        row.line,
        column,
        `Name option ${index + 1} on the product's first row, or leave this empty.`,
      );
  }
  const key = row.optionValues.slice(0, group.optionNames.length).join('\u0000');
  const previous = group.combinations.get(key);
  if (previous !== undefined)
    issues.add(
      row.line,
      'option1_value',
      group.optionNames.length === 0
        ? `A product without options has one variant (line ${previous}); name its options to add more.`
        : `Same options as line ${previous}.`,
    );
  else group.combinations.set(key, row.line);
}

// ---------------------------------------------------------------------------------------------------------
// The job: checking against the catalog, then writing

interface Counts {
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
}

const noCounts = (): Counts => ({
  productsCreated: 0,
  productsUpdated: 0,
  variantsCreated: 0,
  variantsUpdated: 0,
});

/** What a batch will write for one product. */
interface ProductPlan {
  group: RowGroup;
  productId: string;
  exists: boolean;
  /** The existing variant each row updates, or undefined (a new variant). */
  variants: (repository.ExistingVariant | undefined)[];
  options: { name: string; values: string[] }[];
  categoryIds: string[];
}

/**
 * Checks a batch of products against the catalog (a fixed number of queries): SKUs of other products,
 * unknown categories, variants of an existing product the file leaves out whose options would no longer fit.
 * Adds the problems to `issues`; returns the plan and what it would create and update.
 */
async function planBatch(
  db: DbOrTx,
  groups: RowGroup[],
  issues: Issues,
  fetchesImages: boolean,
): Promise<{ plans: ProductPlan[]; counts: Counts }> {
  const handles = groups.map((group) => group.handle);
  // One after the other: inside the applying transaction they share one connection.
  const products = await repository.productsByHandles(db, handles);
  const owners = await repository.variantsBySkus(
    db,
    groups.flatMap((group) => group.rows.map((row) => row.sku.toLowerCase()).filter(Boolean)),
  );
  const categories = await repository.categoriesByHandles(db, [
    ...new Set(groups.flatMap((group) => group.categoryHandles)),
  ]);
  const productIds = new Map(products.map((product) => [product.handle, product.id]));
  const existing = await repository.variantsOfProducts(db, [...productIds.values()]);
  const existingOptions = await repository.optionsOfProducts(db, [...productIds.values()]);
  const optionValuesOf = new Map(
    existingOptions.map((option) => [`${option.productId}\u0000${option.name}`, option.values]),
  );
  const variantsOf = new Map<string, repository.ExistingVariant[]>();
  for (const variant of existing)
    variantsOf.set(variant.productId, [...(variantsOf.get(variant.productId) ?? []), variant]);
  const ownerOf = new Map(owners.map((owner) => [owner.sku.toLowerCase(), owner]));
  const categoryIds = new Map(categories.map((category) => [category.handle, category.id]));
  const counts = noCounts();
  const plans = groups.map((group): ProductPlan => {
    const existingId = productIds.get(group.handle);
    const own = existingId ? (variantsOf.get(existingId) ?? []) : [];
    const ownBySku = new Map(own.map((variant) => [variant.sku.toLowerCase(), variant]));
    for (const row of group.rows) {
      const owner = ownerOf.get(row.sku.toLowerCase());
      if (owner && owner.handle !== group.handle)
        issues.add(row.line, 'sku', `This SKU belongs to another product (${owner.handle}).`);
    }
    for (const handle of group.categoryHandles) {
      if (!categoryIds.has(handle))
        issues.add(group.line, 'categories', `No category has the handle "${handle}".`);
    }
    // Variants the file leaves out are kept: they must still fit the product's options.
    const listed = new Set(group.rows.map((row) => row.sku.toLowerCase()));
    const untouched = own.filter((variant) => !listed.has(variant.sku.toLowerCase()));
    const names = group.optionNames;
    const misfit = untouched.find((variant) => {
      const keys = Object.keys(variant.optionValues);
      return keys.length !== names.length || names.some((name) => !(name in variant.optionValues));
    });
    if (misfit) {
      issues.add(
        group.line,
        'option1_name',
        `Variant ${misfit.sku} of this product is not in the file and has other options: list every variant ` +
          'of the product to change its options.',
      );
    } else {
      for (const variant of untouched) {
        const key = names.map((name) => variant.optionValues[name] ?? '').join('\u0000');
        const line = group.combinations.get(key);
        if (line !== undefined)
          issues.add(
            line,
            'option1_value',
            `Same options as variant ${variant.sku}, which is not in the file.`,
          );
      }
    }
    if (!fetchesImages && !existingId && group.imageUrls.length > 0)
      issues.add(
        group.line,
        'image_urls',
        'Images are not fetched by imports: upload them on the product (the product is imported without them).',
        true,
      );
    const options = names.map((name, index) => {
      // An existing option keeps its values in their order (a round trip changes nothing); new ones follow.
      const values = new Set<string>(
        existingId ? (optionValuesOf.get(`${existingId}\u0000${name}`) ?? []) : [],
      );
      for (const row of group.rows) {
        const value = row.optionValues[index];
        if (value) values.add(value);
      }
      for (const variant of untouched) {
        const value = variant.optionValues[name];
        if (value) values.add(value);
      }
      return { name, values: [...values] };
    });
    const variants = group.rows.map((row) => ownBySku.get(row.sku.toLowerCase()));
    if (existingId) counts.productsUpdated += 1;
    else counts.productsCreated += 1;
    for (const variant of variants) {
      if (variant) counts.variantsUpdated += 1;
      else counts.variantsCreated += 1;
    }
    return {
      group,
      productId: existingId ?? newId('product'),
      exists: existingId !== undefined,
      variants,
      options,
      categoryIds: group.categoryHandles.flatMap((handle) => {
        const id = categoryIds.get(handle);
        return id ? [id] : [];
      }),
    };
  });
  return { plans, counts };
}

/** Writes a checked batch, set-based: a handful of statements whatever its size. */
async function applyBatch(tx: DbOrTx, plans: ProductPlan[]): Promise<ImagesToFetch[]> {
  const created = plans.filter((plan) => !plan.exists);
  const updated = plans.filter((plan) => plan.exists);
  const updatedIds = updated.map((plan) => plan.productId);
  const fields = (plan: ProductPlan) => ({
    id: plan.productId,
    title: plan.group.title,
    description: plan.group.description,
    status: plan.group.status,
    tags: plan.group.tags,
  });
  await repository.insertProducts(
    tx,
    created.map((plan) => ({ ...fields(plan), handle: plan.group.handle })),
  );
  await repository.updateProducts(tx, updated.map(fields));
  await repository.replaceOptionsOf(
    tx,
    updatedIds,
    plans.flatMap((plan) =>
      plan.options.map((option, position) => ({ productId: plan.productId, ...option, position })),
    ),
  );
  await repository.replaceCategoriesOf(
    tx,
    updatedIds,
    plans.flatMap((plan) =>
      plan.categoryIds.map((categoryId) => ({ productId: plan.productId, categoryId })),
    ),
  );
  const optionValuesOf = (plan: ProductPlan, row: ImportRow) =>
    Object.fromEntries(plan.group.optionNames.map((name, index) => [name, row.optionValues[index] ?? '']));
  const inserts: Parameters<typeof repository.insertVariantRows>[1] = [];
  const updates: repository.VariantUpdateRow[] = [];
  const stockChanges: { variantId: string; before: number; after: number }[] = [];
  for (const plan of plans) {
    plan.group.rows.forEach((row, position) => {
      const existing = plan.variants[position];
      const common = {
        sku: row.sku,
        optionValues: optionValuesOf(plan, row),
        price: row.price,
        compareAtPrice: row.compareAtPrice,
        weightGrams: row.weightGrams,
        barcode: row.barcode,
        trackInventory: row.trackInventory,
        allowBackorder: row.allowBackorder,
        position,
      };
      if (existing) {
        updates.push({ ...common, id: existing.id, stockOnHand: row.stockOnHand });
        if (row.stockOnHand !== null)
          stockChanges.push({ variantId: existing.id, before: existing.stockOnHand, after: row.stockOnHand });
      } else {
        inserts.push({
          ...common,
          id: newId('variant'),
          productId: plan.productId,
          stockOnHand: row.stockOnHand ?? 0,
        });
      }
    });
  }
  await repository.updateVariantRows(tx, updates);
  await repository.insertVariantRows(tx, inserts);
  await emitLowStockEvents(tx, stockChanges);
  await emitProductEvents(
    tx,
    'product.created',
    created.map((plan) => plan.productId),
  );
  await emitProductEvents(tx, 'product.updated', updatedIds);
  return created
    .filter((plan) => plan.group.imageUrls.length > 0)
    .map((plan) => ({ productId: plan.productId, line: plan.group.line, urls: plan.group.imageUrls }));
}

/** The image URLs of a product this import created. */
interface ImagesToFetch {
  productId: string;
  line: number;
  urls: string[];
}

/** How long one image download may take. */
const imageTimeoutMs = 15_000;

/**
 * Downloads an image through the webhooks' SSRF guard (http(s), public addresses only unless allowed, the
 * connection pinned to the checked addresses, no redirects, 10 MB at most) and adds it to the product through
 * the image pipeline. Returns why it failed, or null.
 */
async function addImageFromUrl(
  db: Database,
  images: ImportImageDeps,
  productId: string,
  raw: string,
): Promise<string | null> {
  const check = await checkWebhookUrl(raw, {
    allowPrivateNetworks: images.allowPrivateNetworks,
    ...(images.resolve ? { resolve: images.resolve } : {}),
  });
  if (!check.ok) return check.reason;
  try {
    const response = await getFromAddresses({
      url: check.url,
      addresses: check.addresses,
      timeoutMs: imageTimeoutMs,
      maxBytes: maxImageBytes,
    });
    if (response.statusCode !== 200) return `The server answered ${response.statusCode}.`;
    const name = check.url.pathname.split('/').at(-1) || null;
    await addProductImage(db, images.media, productId, {
      file: response.body,
      alt: null,
      originalName: name ? name.slice(0, 200) : null,
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function addCounts(total: Counts, more: Counts): void {
  total.productsCreated += more.productsCreated;
  total.productsUpdated += more.productsUpdated;
  total.variantsCreated += more.variantsCreated;
  total.variantsUpdated += more.variantsUpdated;
}

/** Thrown inside the applying transaction to roll it back with the problems found. */
class ImportAborted extends Error {
  constructor(readonly issues: Issues) {
    super('import aborted');
  }
}

/** What fetching `image_urls` needs. */
export interface ImportImageDeps {
  media: MediaStorage;
  /** As for webhooks: let image URLs name private addresses (development, tests). */
  allowPrivateNetworks: boolean;
  /** DNS resolution (tests may answer for made-up hosts). */
  resolve?: Resolver;
}

export interface ProductImportDeps {
  db: Database;
  /** Without it, `image_urls` are not fetched (a warning says so for each product created with some). */
  images?: ImportImageDeps;
  /** Called after an import committed (clears this process's storefront listing cache). */
  onCatalogChanged?: () => void;
}

/**
 * Runs an import (the `import_products` job): reads the whole file, checking every row (progress every 1 000
 * rows); with any error, or as a dry run, stops there (`failed`, or `succeeded` with what it would do).
 * Otherwise applies every row in ONE transaction: products matched by handle are updated, others created;
 * variants matched by SKU are updated, others created; stock changes go to the ledger as `adjusted` with the
 * note "CSV import"; webhook events are queued in the same transaction. Nothing is deleted. A run that finds
 * the import already finished does nothing.
 */
export async function runProductImport(deps: ProductImportDeps, importId: string): Promise<void> {
  if (!(await repository.claimImport(deps.db, importId))) return;
  const record = await repository.findImport(deps.db, importId);
  if (!record) return;
  const digits = minorUnitDigits((await getStoreSettings(deps.db)).currency);
  const progress = (rows: number) => repository.updateImport(deps.db, importId, { rowsProcessed: rows });
  const finish = async (
    db: DbOrTx,
    status: 'applying' | 'succeeded' | 'failed',
    issues: Issues,
    counts: Counts,
    rowsTotal: number | null,
  ) => {
    await repository.updateImport(db, importId, {
      status,
      ...counts,
      rowsTotal,
      rowsProcessed: rowsTotal ?? 0,
      errors: issues.sorted(),
      errorCount: issues.count,
      finishedAt: status === 'applying' ? null : new Date(),
    });
  };
  const fetchesImages = deps.images !== undefined;
  let committed = false;
  let finished = false;

  try {
    const issues = new Issues();
    const planned = noCounts();
    let rowsTotal: number | null = null;
    try {
      rowsTotal = await scanFile(
        deps.db,
        importId,
        digits,
        issues,
        async (groups) =>
          addCounts(planned, (await planBatch(deps.db, groups, issues, fetchesImages)).counts),
        progress,
      );
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = typeof error.lines === 'number' ? error.lines : 0;
      issues.add(line, null, `The file is not valid CSV: ${error.message}`);
    }
    if (issues.errors > 0 || record.dryRun) {
      // A failed file reports no counts: nothing was, or would be, written.
      const failed = issues.errors > 0;
      await finish(
        deps.db,
        failed ? 'failed' : 'succeeded',
        issues,
        failed ? noCounts() : planned,
        rowsTotal,
      );
      return;
    }

    await repository.updateImport(deps.db, importId, { status: 'applying', rowsTotal, rowsProcessed: 0 });
    const actor = record.createdBy ? { id: record.createdBy, name: record.createdByName ?? '' } : null;
    const applied = noCounts();
    const images: ImagesToFetch[] = [];
    try {
      await deps.db.transaction(async (tx) => {
        await setStockContext(tx, { reason: 'adjusted', note: 'CSV import', actor });
        const again = new Issues();
        await scanFile(
          deps.db,
          importId,
          digits,
          again,
          async (groups) => {
            // Checked again in the transaction: the catalog may have changed since the validation pass.
            const { plans, counts } = await planBatch(tx, groups, again, fetchesImages);
            if (again.errors > 0) throw new ImportAborted(again);
            images.push(...(await applyBatch(tx, plans)));
            addCounts(applied, counts);
          },
          progress,
        );
        if (again.errors > 0) throw new ImportAborted(again);
        // With images to fetch, the import stays `applying` until they are in.
        const fetching = deps.images !== undefined && images.length > 0;
        await finish(tx, fetching ? 'applying' : 'succeeded', issues, applied, rowsTotal);
      });
    } catch (error) {
      if (error instanceof ImportAborted) {
        await finish(deps.db, 'failed', error.issues, noCounts(), rowsTotal);
        return;
      }
      if (isUniqueViolation(error)) {
        const changed = new Issues();
        changed.add(
          0,
          null,
          'The catalog changed during the import (a handle or SKU was taken); run it again.',
        );
        await finish(deps.db, 'failed', changed, noCounts(), rowsTotal);
        return;
      }
      throw error;
    }
    committed = true;
    finished = images.length === 0 || !deps.images;
    deps.onCatalogChanged?.();
    if (deps.images && images.length > 0) {
      // After the commit: downloads are slow and a failing image must not undo the import (a warning).
      for (const item of images) {
        for (const url of item.urls) {
          const failure = await addImageFromUrl(deps.db, deps.images, item.productId, url);
          if (failure) issues.add(item.line, 'image_urls', `Image not added (${url}): ${failure}`, true);
        }
      }
      await finish(deps.db, 'succeeded', issues, applied, rowsTotal);
      finished = true;
      deps.onCatalogChanged?.();
    }
  } catch (error) {
    // A failure of our own (not of the file) before the commit: recorded on the import, nothing written.
    // After the commit (fetching images) the import stays `applying`: the job's retry runs it again, which
    // only updates what the first run created.
    if (!committed) {
      const failed = new Issues();
      failed.add(0, null, 'The import stopped on an internal error; nothing was written. Try again.');
      await finish(deps.db, 'failed', failed, noCounts(), null);
    }
    throw error;
  } finally {
    // Kept only for a retry of a run that committed but did not finish fetching its images.
    if (!committed || finished) await repository.deleteChunks(deps.db, importId);
  }
}

function isImportJob(payload: unknown): payload is { importId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { importId?: unknown }).importId === 'string'
  );
}

/** The import task for the job runner. */
export function productImportTasks(deps: ProductImportDeps): Record<string, Task> {
  return {
    [importProductsTask]: async (payload) => {
      if (!isImportJob(payload)) throw new Error(`${importProductsTask}: payload without importId`);
      await runProductImport(deps, payload.importId);
    },
  };
}
