import { type CsvValue, decimalText } from '../../shared/csv';
import { currencyDigits } from '../../shared/money';

/**
 * The product CSV format, the same both ways (an export re-imports unchanged): one row per variant, the rows
 * of a product consecutive and sharing `handle`, the product's own fields on its first row.
 */
export const productCsvColumns = [
  'handle',
  'title',
  'description',
  'status',
  'tags',
  'categories',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'price',
  'compare_at_price',
  'stock',
  'weight_grams',
  'barcode',
  'track_inventory',
  'allow_backorder',
  'image_urls',
] as const;

export type ProductCsvColumn = (typeof productCsvColumns)[number];

/** Columns an import file must have; the others may be left out (empty). */
export const requiredProductCsvColumns: readonly ProductCsvColumn[] = ['handle', 'title', 'sku', 'price'];

/** Product-level columns: filled on a product's first row, empty or equal on its other rows. */
export const productLevelColumns = [
  'title',
  'description',
  'status',
  'tags',
  'categories',
  'option1_name',
  'option2_name',
  'option3_name',
  'image_urls',
] as const satisfies readonly ProductCsvColumn[];

/** Separator of list cells (tags, categories, image URLs). */
export const listSeparator = '|';

export function minorUnitDigits(currency: string): number {
  return currencyDigits[currency] ?? 2;
}

/** What the export writes for one product. */
export interface ExportedProduct {
  handle: string;
  title: string;
  description: string | null;
  status: string;
  tags: string[];
  categoryHandles: string[];
  options: { name: string }[];
  imageUrls: string[];
  variants: {
    sku: string;
    optionValues: Record<string, string>;
    price: number;
    compareAtPrice: number | null;
    stockOnHand: number;
    weightGrams: number | null;
    barcode: string | null;
    trackInventory: boolean;
    allowBackorder: boolean;
  }[];
}

/** The CSV rows of a product, in the column order of `productCsvColumns`. */
export function productCsvRows(product: ExportedProduct, currency: string): CsvValue[][] {
  const digits = minorUnitDigits(currency);
  return product.variants.map((variant, index) => {
    const first = index === 0;
    const productField = (value: string | null): CsvValue => (first ? value : null);
    const option = (position: number): [CsvValue, CsvValue] => {
      const name = product.options[position]?.name;
      return name === undefined ? [null, null] : [productField(name), variant.optionValues[name] ?? null];
    };
    return [
      product.handle,
      productField(product.title),
      productField(product.description),
      productField(product.status),
      productField(product.tags.join(listSeparator)),
      productField(product.categoryHandles.join(listSeparator)),
      ...option(0),
      ...option(1),
      ...option(2),
      variant.sku,
      decimalText(variant.price, digits),
      variant.compareAtPrice === null ? null : decimalText(variant.compareAtPrice, digits),
      variant.stockOnHand,
      variant.weightGrams,
      variant.barcode,
      variant.trackInventory ? 'true' : 'false',
      variant.allowBackorder ? 'true' : 'false',
      productField(product.imageUrls.join(listSeparator)),
    ];
  });
}

/**
 * Decimal text in the currency's major unit ("19.90", "19.9", "1990") to integer minor units, by string
 * arithmetic only (no floats): `1990` is 1990.00, never 19.90. More fraction digits than the currency has,
 * signs, exponents and thousands separators are refused (undefined).
 */
export function parseDecimalAmount(text: string, fractionDigits: number): number | undefined {
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > fractionDigits) return undefined;
  const amount = Number(`${whole}${fraction.padEnd(fractionDigits, '0')}`);
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/** A whole number written in decimal digits (no sign, no fraction), or undefined. */
export function parseWholeNumber(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * A cell as the merchant meant it: the export prefixes text a spreadsheet would run as a formula with an
 * apostrophe (see `csvRecord`), which the import takes off again so that a round trip changes nothing.
 */
export function undoFormulaDefusing(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A `|`-separated list cell, items trimmed, empty items dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(listSeparator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
