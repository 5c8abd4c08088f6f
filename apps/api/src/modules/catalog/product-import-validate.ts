import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { DbOrTx } from '../../db/client';
import { handleSchema } from '../../shared/handles';
import { newId } from '../../shared/ids';
import {
  type ProductCsvColumn,
  productCsvColumns,
  requiredProductCsvColumns,
  undoFormulaDefusing,
} from './product-csv';
import { addLaterRow, type Issues, parseRow, type RowGroup, startGroup } from './product-import-rows';
import { fileChunks } from './product-import-storage';
import * as repository from './product-imports.repository';

/** Rows validated (and applied) per batch: one set of lookups and writes each. */
const batchRows = 1000;

function isParsedRecord(value: unknown): value is { record: string[]; info: { lines: number } } {
  return typeof value === 'object' && value !== null && 'record' in value && 'info' in value;
}

/**
 * Streams the stored file through csv-parse, checks the header and each row, groups a product's consecutive
 * rows and hands them to `onBatch` about `batchRows` rows at a time. Returns the number of data rows.
 */
export async function scanFile(
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

export interface Counts {
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
}

export const noCounts = (): Counts => ({
  productsCreated: 0,
  productsUpdated: 0,
  variantsCreated: 0,
  variantsUpdated: 0,
});

export function addCounts(total: Counts, more: Counts): void {
  total.productsCreated += more.productsCreated;
  total.productsUpdated += more.productsUpdated;
  total.variantsCreated += more.variantsCreated;
  total.variantsUpdated += more.variantsUpdated;
}

/** What a batch will write for one product. */
export interface ProductPlan {
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
export async function planBatch(
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
