import type {
  AdminProduct,
  NewProduct,
  ProductStatus,
  ProductUpdate,
  VariantInput,
  VariantsReplacement,
} from './api/product-types';
import {
  activeOptions,
  generateVariantRows,
  newRowKey,
  type OptionDraft,
  type VariantRow,
} from './variant-matrix';

export interface FeatureDraft {
  key: string;
  name: string;
  value: string;
}

/** Everything the product editor edits (images excepted: they are saved as soon as they change). */
export interface ProductFormValues {
  title: string;
  handle: string;
  status: ProductStatus;
  description: string;
  seoTitle: string;
  seoDescription: string;
  categoryIds: string[];
  features: FeatureDraft[];
  options: OptionDraft[];
  variants: VariantRow[];
}

/** Decimal places of a currency's minor unit (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** 1990 → "19.90" (in a currency with 2 decimals). */
export function formatMinorUnits(amount: number | null, digits: number): string {
  if (amount === null) return '';
  return (amount / 10 ** digits).toFixed(digits);
}

/**
 * "19.9", "19,90" or "19" → minor units (1990); null for an empty text; NaN when it is not an amount with at
 * most `digits` decimals.
 */
export function parseMinorUnits(text: string, digits: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(trimmed)) return Number.NaN;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** A whole number typed in a field; null for an empty text, NaN for anything else. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

let nextKey = 0;
function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}

export function newOptionDraft(): OptionDraft {
  return { key: newKey('option'), name: '', values: [] };
}

export function newFeatureDraft(): FeatureDraft {
  return { key: newKey('feature'), name: '', value: '' };
}

/** The editor's starting point for a new product: no options, one variant. */
export function emptyProductValues(): ProductFormValues {
  return {
    title: '',
    handle: '',
    status: 'draft',
    description: '',
    seoTitle: '',
    seoDescription: '',
    categoryIds: [],
    features: [],
    options: [],
    variants: generateVariantRows([], [], ''),
  };
}

/** A saved product as the editor's values. */
export function toProductFormValues(product: AdminProduct): ProductFormValues {
  const digits = currencyDigits(product.currency);
  const options = product.options.map((option) => ({
    key: newKey('option'),
    name: option.name,
    values: [...option.values],
  }));
  const keyOf = new Map(options.map((option) => [option.name, option.key]));
  return {
    title: product.title,
    handle: product.handle,
    status: product.status,
    description: product.description ?? '',
    seoTitle: product.seoTitle ?? '',
    seoDescription: product.seoDescription ?? '',
    categoryIds: [...product.categoryIds],
    features: product.features.map((feature) => ({ key: newKey('feature'), ...feature })),
    options,
    variants: product.variants.map((variant) => ({
      key: newRowKey(),
      id: variant.id,
      values: Object.fromEntries(
        Object.entries(variant.options).map(([name, value]) => [keyOf.get(name) ?? name, value]),
      ),
      sku: variant.sku,
      skuSuggested: false,
      price: formatMinorUnits(variant.price, digits),
      compareAtPrice: formatMinorUnits(variant.compareAtPrice, digits),
      stockOnHand: String(variant.stockOnHand),
      barcode: variant.barcode ?? '',
      weightGrams: variant.weightGrams === null ? '' : String(variant.weightGrams),
    })),
  };
}

/** The fields a comparison for "unsaved changes" looks at (row keys and SKU suggestions are editor details). */
function comparable(values: ProductFormValues) {
  return {
    ...values,
    features: values.features.map(({ name, value }) => ({ name, value })),
    options: values.options.map(({ name, values: optionValues }) => ({ name, values: optionValues })),
    // Values by option name: the option keys are editor details too.
    variants: values.variants.map(({ key: _key, skuSuggested: _suggested, values: byKey, ...row }) => ({
      ...row,
      values: values.options.map((option) => [option.name, byKey[option.key] ?? null]),
    })),
  };
}

function generalPart(values: ProductFormValues) {
  const { options: _options, variants: _variants, ...general } = comparable(values);
  return general;
}

function variantsPart(values: ProductFormValues) {
  const { options, variants } = comparable(values);
  return { options, variants };
}

export function isGeneralChanged(values: ProductFormValues, saved: ProductFormValues): boolean {
  return JSON.stringify(generalPart(values)) !== JSON.stringify(generalPart(saved));
}

export function isVariantsChanged(values: ProductFormValues, saved: ProductFormValues): boolean {
  return JSON.stringify(variantsPart(values)) !== JSON.stringify(variantsPart(saved));
}

/** Problems found before sending (amounts that are not amounts), by field path like the API's. */
export type LocalErrors = Record<string, string>;

function toVariantInputs(values: ProductFormValues, digits: number, errors: LocalErrors): VariantInput[] {
  const options = activeOptions(values.options);
  return values.variants.map((row, index) => {
    const price = parseMinorUnits(row.price, digits);
    const compareAtPrice = parseMinorUnits(row.compareAtPrice, digits);
    const stockOnHand = parseWholeNumber(row.stockOnHand);
    const weightGrams = parseWholeNumber(row.weightGrams);
    if (price === null) errors[`variants.${index}.price`] = 'Enter a price.';
    else if (Number.isNaN(price)) errors[`variants.${index}.price`] = 'Enter an amount, e.g. 19.90.';
    if (Number.isNaN(compareAtPrice))
      errors[`variants.${index}.compareAtPrice`] = 'Enter an amount, e.g. 24.90.';
    if (Number.isNaN(stockOnHand)) errors[`variants.${index}.stockOnHand`] = 'Enter a whole number.';
    if (Number.isNaN(weightGrams)) errors[`variants.${index}.weightGrams`] = 'Enter grams as a whole number.';
    return {
      ...(row.id ? { id: row.id } : {}),
      sku: row.sku.trim(),
      options: Object.fromEntries(
        options.map((option) => [option.name.trim(), row.values[option.key] ?? '']),
      ),
      price: price ?? 0,
      compareAtPrice: compareAtPrice === null || Number.isNaN(compareAtPrice) ? null : compareAtPrice,
      stockOnHand: stockOnHand === null || Number.isNaN(stockOnHand) ? 0 : stockOnHand,
      barcode: row.barcode.trim() || null,
      weightGrams: weightGrams === null || Number.isNaN(weightGrams) ? null : weightGrams,
    };
  });
}

function toOptions(values: ProductFormValues) {
  return activeOptions(values.options).map((option) => ({ name: option.name.trim(), values: option.values }));
}

function generalFields(values: ProductFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() === '' ? null : values.description,
    status: values.status,
    seoTitle: values.seoTitle.trim() || null,
    seoDescription: values.seoDescription.trim() || null,
    categoryIds: values.categoryIds,
    features: values.features
      .filter((feature) => feature.name.trim() !== '' || feature.value.trim() !== '')
      .map((feature) => ({ name: feature.name.trim(), value: feature.value.trim() })),
  };
}

/** The POST body for a new product, or the local errors that keep it from being sent. */
export function toNewProduct(
  values: ProductFormValues,
  currency: string,
): { body: NewProduct; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const variants = toVariantInputs(values, currencyDigits(currency), errors);
  const handle = values.handle.trim();
  return {
    body: { ...generalFields(values), ...(handle ? { handle } : {}), options: toOptions(values), variants },
    errors,
  };
}

/** The PATCH body of the general fields, with the `version` they were edited from. */
export function toProductUpdate(values: ProductFormValues, version: number): ProductUpdate {
  const handle = values.handle.trim();
  return { ...generalFields(values), ...(handle ? { handle } : {}), version };
}

/** The PUT body of the options and variants, or the local errors that keep it from being sent. */
export function toVariantsReplacement(
  values: ProductFormValues,
  currency: string,
  version: number,
): { body: VariantsReplacement; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const variants = toVariantInputs(values, currencyDigits(currency), errors);
  return { body: { version, options: toOptions(values), variants }, errors };
}
