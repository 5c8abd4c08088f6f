/**
 * The variants matrix: one row per combination of option values (the cartesian product of the options),
 * regenerated whenever the options change. Options are identified by a stable `key` (so renaming "Size" to
 * "Taille" keeps every row); a row keeps its id, SKU, prices, stock, barcode and weight for as long as its
 * combination exists.
 */

export interface OptionDraft {
  /** Stable identity while editing (the name may change). */
  key: string;
  name: string;
  values: string[];
}

export interface VariantRow {
  /** Stable identity while editing. */
  key: string;
  /** The saved variant's id; absent for a combination not saved yet. */
  id?: string;
  /** The value of each option, by option key. */
  values: Record<string, string>;
  sku: string;
  /** True while the SKU is the one suggested from the handle and values (updated with them). */
  skuSuggested: boolean;
  /** Prices as typed, in major units ("19.90"). */
  price: string;
  compareAtPrice: string;
  stockOnHand: string;
  barcode: string;
  weightGrams: string;
}

/** The options that take part in the matrix: named, with at least one value. */
export function activeOptions(options: readonly OptionDraft[]): OptionDraft[] {
  return options.filter((option) => option.name.trim() !== '' && option.values.length > 0);
}

/** Every combination of one value per option, in option order (`[{}]` without options). */
export function cartesianProduct(options: readonly OptionDraft[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (combinations, option) =>
      combinations.flatMap((combination) =>
        option.values.map((value) => ({ ...combination, [option.key]: value })),
      ),
    [{}],
  );
}

/** "LINEN-SHIRT-M-BLUE": the handle and the values, upper-cased, in characters a SKU may hold. */
export function suggestSku(handle: string, values: readonly string[]): string {
  return [handle, ...values]
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .toUpperCase()
    .slice(0, 64);
}

function sameCombination(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** How many options two combinations share with the same value; -1 if they disagree on one. */
function overlap(a: Record<string, string>, b: Record<string, string>): number {
  let shared = 0;
  for (const [key, value] of Object.entries(a)) {
    if (!(key in b)) continue;
    if (b[key] !== value) return -1;
    shared += 1;
  }
  return shared;
}

let nextRowKey = 0;
/** A new row key, unique in this page. */
export function newRowKey(): string {
  nextRowKey += 1;
  return `row-${nextRowKey}`;
}

export function emptyVariantRow(values: Record<string, string>, sku: string): VariantRow {
  return {
    key: newRowKey(),
    values,
    sku,
    skuSuggested: true,
    price: '',
    compareAtPrice: '',
    stockOnHand: '0',
    barcode: '',
    weightGrams: '',
  };
}

/**
 * The rows for `options`, reusing `previous` rows: first the rows whose combination is unchanged, then (when an
 * option was added or removed) the closest compatible row, each used once. New combinations get empty fields
 * and a SKU suggested from `handle` and their values. Suggested SKUs follow the handle and values.
 */
export function generateVariantRows(
  options: readonly OptionDraft[],
  previous: readonly VariantRow[],
  handle: string,
): VariantRow[] {
  const active = activeOptions(options);
  const combinations = cartesianProduct(active);
  const valuesOf = (combination: Record<string, string>) =>
    active.map((option) => combination[option.key] ?? '');
  const unused = new Set(previous);
  const chosen: (VariantRow | undefined)[] = combinations.map((combination) => {
    const exact = previous.find((row) => unused.has(row) && sameCombination(row.values, combination));
    if (exact) unused.delete(exact);
    return exact;
  });
  combinations.forEach((combination, index) => {
    if (chosen[index]) return;
    let best: VariantRow | undefined;
    let bestOverlap = -1;
    for (const row of unused) {
      const shared = overlap(row.values, combination);
      if (shared > bestOverlap) {
        best = row;
        bestOverlap = shared;
      }
    }
    if (best) {
      unused.delete(best);
      chosen[index] = best;
    }
  });
  return combinations.map((combination, index) => {
    const sku = suggestSku(handle, valuesOf(combination));
    const row = chosen[index];
    if (!row) return emptyVariantRow(combination, sku);
    return { ...row, values: combination, sku: row.skuSuggested ? sku : row.sku };
  });
}

/** "M / Blue": a row's values in option order ("Default" without options). */
export function variantLabel(options: readonly OptionDraft[], row: VariantRow): string {
  const parts = activeOptions(options)
    .map((option) => row.values[option.key])
    .filter((value): value is string => Boolean(value));
  return parts.length > 0 ? parts.join(' / ') : 'Default';
}
