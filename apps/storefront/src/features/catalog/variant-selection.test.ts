import { describe, expect, it } from 'vitest';
import type { StoreVariant } from './api/catalog-types';
import { findVariant, initialVariant, optionValueState } from './variant-selection';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const variant = (id: string, Size: string, Color: string, available = true): StoreVariant => ({
  id,
  sku: id.toUpperCase(),
  title: `${Size} / ${Color}`,
  options: { Size, Color },
  price: eur(1000),
  available,
});
const product = {
  options: [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Color', values: ['Red', 'Blue'] },
  ],
  variants: [
    variant('s-red', 'S', 'Red', false),
    variant('s-blue', 'S', 'Blue'),
    variant('m-red', 'M', 'Red'),
  ],
};

describe('variant selection', () => {
  it('finds the variant of a full combination, and nothing for a missing one', () => {
    expect(findVariant(product, { Size: 'M', Color: 'Red' })?.id).toBe('m-red');
    expect(findVariant(product, { Size: 'M', Color: 'Blue' })).toBeUndefined();
  });

  it('opens on the variant in the URL, else the first available one', () => {
    expect(initialVariant(product, 's-red')?.id).toBe('s-red');
    expect(initialVariant(product, null)?.id).toBe('s-blue');
    expect(initialVariant(product, 'var_unknown')?.id).toBe('s-blue');
  });

  it('tells which values lead to a variant in stock, out of stock, or to none', () => {
    const selected = variant('s-blue', 'S', 'Blue');
    expect(optionValueState(product, selected, 'Color', 'Red')).toMatchObject({
      status: 'unavailable',
      variant: { id: 's-red' },
    });
    expect(optionValueState(product, selected, 'Size', 'M')).toEqual({ status: 'missing' });
    expect(optionValueState(product, selected, 'Size', 'S')).toMatchObject({ status: 'available' });
  });
});
