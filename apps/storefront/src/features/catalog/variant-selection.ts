import type { StoreProduct, StoreVariant } from './api/catalog-types';

type ProductVariants = Pick<StoreProduct, 'options' | 'variants'>;

/** The variant whose option values are exactly `selection` (one value per option of the product). */
export function findVariant(
  product: ProductVariants,
  selection: Readonly<Record<string, string>>,
): StoreVariant | undefined {
  return product.variants.find((variant) =>
    product.options.every((option) => variant.options[option.name] === selection[option.name]),
  );
}

/**
 * The variant shown when the page opens: the one named in the URL, else the first that can be bought, else
 * the first. Undefined only for a product without variants (the API never returns one).
 */
export function initialVariant(product: ProductVariants, variantId: string | null): StoreVariant | undefined {
  return (
    product.variants.find((variant) => variant.id === variantId) ??
    product.variants.find((variant) => variant.available) ??
    product.variants[0]
  );
}

/**
 * What choosing `value` for `optionName` leads to, the other options staying as selected: a variant that
 * can be bought, one that is out of stock, or no variant at all (a combination the product does not have).
 */
export type OptionValueState =
  | { status: 'available'; variant: StoreVariant }
  | { status: 'unavailable'; variant: StoreVariant }
  | { status: 'missing' };

export function optionValueState(
  product: ProductVariants,
  selected: StoreVariant,
  optionName: string,
  value: string,
): OptionValueState {
  const variant = findVariant(product, { ...selected.options, [optionName]: value });
  if (!variant) return { status: 'missing' };
  return { status: variant.available ? 'available' : 'unavailable', variant };
}
