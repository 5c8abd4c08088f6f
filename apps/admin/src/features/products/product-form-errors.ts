import { ApiError } from '@comptoir/sdk';
import { describeError } from '../../lib/describe-error';

export interface ProductFormErrors {
  /** Messages by field path, as the API names them without `body.`: `title`, `variants.2.sku`, `features.0.name`. */
  fields: Record<string, string>;
  /** A message for the whole form (errors not tied to a field shown, or not caused by the input). */
  form: string | null;
  /** True when someone else saved first (409 `version_conflict`): the product must be reloaded. */
  conflict: boolean;
}

export const noProductFormErrors: ProductFormErrors = { fields: {}, form: null, conflict: false };

/** The paths the editor shows next to a field; errors elsewhere are listed at the top. */
const shownPaths = [
  /^(title|handle|status|description|seoTitle|seoDescription|categoryIds|features|options|variants)$/,
  /^features\.\d+\.(name|value)$/,
  /^options\.\d+(\.(name|values)(\.\d+)?)?$/,
  /^variants\.\d+\.(sku|price|compareAtPrice|stockOnHand|barcode|weightGrams)$/,
];

/** `body.variants.2.sku`, `/body/variants/2/sku` and `variants[2].sku` all mean `variants.2.sku`. */
export function toFieldPath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/** Turns a failed save into messages for the editor: field errors on their fields (matrix cells included). */
export function getProductFormErrors(error: unknown): ProductFormErrors {
  if (!error) return noProductFormErrors;
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return {
      fields: {},
      form: 'Someone else saved this product since you opened it. Reload it to see their changes, then make yours again. Nothing of yours was saved over theirs.',
      conflict: true,
    };
  }
  if (error instanceof ApiError && error.errors.length > 0) {
    const fields: Record<string, string> = {};
    const other: string[] = [];
    for (const { path, message } of error.errors) {
      const field = toFieldPath(path);
      if (shownPaths.some((pattern) => pattern.test(field))) fields[field] ??= message;
      else other.push(message);
    }
    const summary =
      Object.keys(fields).length > 0 ? 'The product was not saved. Check the highlighted fields.' : null;
    return { fields, form: [summary, ...other].filter(Boolean).join(' ') || null, conflict: false };
  }
  return { fields: {}, form: describeError(error), conflict: false };
}

/** The first message for `path` or anything under it (`options.1` also finds `options.1.values.0`). */
export function errorUnder(fields: Record<string, string>, path: string): string | undefined {
  if (fields[path]) return fields[path];
  const key = Object.keys(fields).find((candidate) => candidate.startsWith(`${path}.`));
  return key ? fields[key] : undefined;
}
