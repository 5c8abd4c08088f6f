import { ApiError } from '@comptoir/sdk';
import { formatAmount, parseAmount, parseWholeNumber } from '../../lib/decimal-input';

export type ShippingMethodKind = 'flat' | 'weight';

/** One row of the weight bands editor, as typed. */
export interface WeightBandDraft {
  key: string;
  upToGrams: string;
  price: string;
}

/** The method form's values, as typed (amounts in major units: "4.90"). */
export interface ShippingMethodFormValues {
  name: string;
  kind: ShippingMethodKind;
  price: string;
  weightBands: WeightBandDraft[];
  freeOver: string;
  estimate: string;
  active: boolean;
}

/** What the API takes for a method (amounts in minor units). */
export interface ShippingMethodInput {
  name: string;
  kind: ShippingMethodKind;
  price: number;
  weightBands: { upToGrams: number; price: number }[];
  freeOver: number | null;
  estimate: string | null;
  active: boolean;
}

export const shippingMethodFields = [
  'name',
  'kind',
  'price',
  'weightBands',
  'freeOver',
  'estimate',
  'active',
] as const;
export type ShippingMethodField = (typeof shippingMethodFields)[number];

export interface BandErrors {
  upToGrams?: string;
  price?: string;
}

/** Messages for the method form: per field, per weight band row, and for the whole form. */
export interface ShippingMethodErrors {
  fields: Partial<Record<ShippingMethodField, string>>;
  bands: Record<number, BandErrors>;
  form: string | null;
}

let nextKey = 0;
export function newWeightBand(upToGrams = '', price = ''): WeightBandDraft {
  nextKey += 1;
  return { key: `band-${nextKey}`, upToGrams, price };
}

export function emptyShippingMethodValues(): ShippingMethodFormValues {
  return {
    name: '',
    kind: 'flat',
    price: '',
    weightBands: [newWeightBand()],
    freeOver: '',
    estimate: '',
    active: true,
  };
}

/** A saved method as the form's values. */
export function toShippingMethodValues(
  method: {
    name: string;
    kind: ShippingMethodKind;
    price: { amount: number };
    weightBands: readonly { upToGrams: number; price: { amount: number } }[];
    freeOver: { amount: number } | null;
    estimate: string | null;
    active: boolean;
  },
  digits: number,
): ShippingMethodFormValues {
  return {
    name: method.name,
    kind: method.kind,
    price: method.kind === 'flat' ? formatAmount(method.price.amount, digits) : '',
    weightBands:
      method.weightBands.length > 0
        ? method.weightBands.map((band) =>
            newWeightBand(String(band.upToGrams), formatAmount(band.price.amount, digits)),
          )
        : [newWeightBand()],
    freeOver: method.freeOver ? formatAmount(method.freeOver.amount, digits) : '',
    estimate: method.estimate ?? '',
    active: method.active,
  };
}

/**
 * Checks what the browser can check (amounts that are numbers, bands in ascending weight) and builds the API
 * input; the rest (a missing name…) is the API's to say, and shows on the fields the same way.
 */
export function toShippingMethodInput(
  values: ShippingMethodFormValues,
  digits: number,
): { input: ShippingMethodInput; errors: null } | { input: null; errors: ShippingMethodErrors } {
  const errors: ShippingMethodErrors = { fields: {}, bands: {}, form: null };
  let price = 0;
  const weightBands: ShippingMethodInput['weightBands'] = [];

  if (values.kind === 'flat') {
    const parsed = parseAmount(values.price, digits);
    if (parsed.status === 'valid') price = parsed.value;
    else if (parsed.status === 'empty') errors.fields.price = 'Enter the price (0 for free shipping).';
    else errors.fields.price = parsed.message;
  } else {
    // Every row is sent (a blank one is an error to fix or remove), so the API's `weightBands.N` paths point at
    // the rows on screen.
    if (values.weightBands.length === 0) errors.fields.weightBands = 'Add at least one weight band.';
    let previous: number | null = null;
    values.weightBands.forEach((band, index) => {
      const rowErrors: BandErrors = {};
      const grams = parseWholeNumber(band.upToGrams);
      const bandPrice = parseAmount(band.price, digits);
      if (grams.status === 'empty') rowErrors.upToGrams = 'Enter a weight in grams.';
      else if (grams.status === 'invalid') rowErrors.upToGrams = grams.message;
      else if (grams.value <= 0) rowErrors.upToGrams = 'Enter a weight above 0 g.';
      else if (previous !== null && grams.value <= previous) {
        rowErrors.upToGrams = `Must be more than the band above (${previous} g): list bands from light to heavy.`;
      }
      if (bandPrice.status === 'empty') rowErrors.price = 'Enter the price for this band.';
      else if (bandPrice.status === 'invalid') rowErrors.price = bandPrice.message;
      if (grams.status === 'valid') previous = grams.value;
      if (rowErrors.upToGrams || rowErrors.price) errors.bands[index] = rowErrors;
      else if (grams.status === 'valid' && bandPrice.status === 'valid') {
        weightBands.push({ upToGrams: grams.value, price: bandPrice.value });
      }
    });
    if (Object.keys(errors.bands).length > 0) {
      errors.fields.weightBands = 'Check the weight bands.';
    }
  }

  let freeOver: number | null = null;
  const parsedFreeOver = parseAmount(values.freeOver, digits);
  if (parsedFreeOver.status === 'valid') freeOver = parsedFreeOver.value;
  else if (parsedFreeOver.status === 'invalid') errors.fields.freeOver = parsedFreeOver.message;

  if (Object.keys(errors.fields).length > 0) {
    return { input: null, errors: { ...errors, form: 'Check the highlighted fields.' } };
  }
  return {
    input: {
      name: values.name.trim(),
      kind: values.kind,
      price,
      weightBands,
      freeOver,
      estimate: values.estimate.trim() || null,
      active: values.active,
    },
    errors: null,
  };
}

const bandPath = /^\/?(?:body[./])?weightBands[./[](\d+)\]?[./](upToGrams|price)/;

/**
 * The API's field errors for a method: `weightBands.1.upToGrams` on that band's input, the others on their
 * fields, anything else at the top (worded by `describe`).
 */
export function readShippingMethodErrors(
  error: unknown,
  getFieldErrors: (error: unknown) => {
    fields: Partial<Record<ShippingMethodField, string>>;
    form: string | null;
  },
): ShippingMethodErrors {
  const result: ShippingMethodErrors = { ...getFieldErrors(error), bands: {} };
  if (error instanceof ApiError) {
    for (const { path, message } of error.errors) {
      const match = bandPath.exec(path);
      if (!match) continue;
      const index = Number(match[1]);
      const field = match[2] === 'price' ? 'price' : 'upToGrams';
      result.bands[index] = { ...result.bands[index], [field]: message };
    }
    // A band's message shows on its input; the list itself only points at it.
    if (Object.keys(result.bands).length > 0) {
      result.fields = { ...result.fields, weightBands: 'Check the weight bands.' };
    }
  }
  return result;
}
