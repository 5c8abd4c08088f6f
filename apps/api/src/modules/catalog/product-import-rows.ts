import type { ProductRow } from './catalog.tables';
import {
  type ProductCsvColumn,
  parseDecimalAmount,
  parseWholeNumber,
  productLevelColumns,
  splitList,
} from './product-csv';
import type { ProductImportIssue } from './product-imports.tables';

/** Problems kept on an import (the count goes on). */
export const maxKeptIssues = 500;

const maxPrice = 100_000_000;
const statuses = ['draft', 'active', 'archived'] as const;

export class Issues {
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

/** One data row, parsed. */
export interface ImportRow {
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
export interface RowGroup {
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

export function parseRow(
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
export function startGroup(handle: string, row: ImportRow, issues: Issues): RowGroup {
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
export function addLaterRow(group: RowGroup, row: ImportRow, issues: Issues): void {
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
