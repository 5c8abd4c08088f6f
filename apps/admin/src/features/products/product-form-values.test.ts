import { describe, expect, it } from 'vitest';
import { linenShirt } from '../../test/catalog-fixtures';
import {
  formatMinorUnits,
  isGeneralChanged,
  isVariantsChanged,
  parseMinorUnits,
  toNewProduct,
  toProductFormValues,
  toVariantsReplacement,
} from './product-form-values';

describe('product form values', () => {
  it('reads and writes amounts in minor units', () => {
    expect(parseMinorUnits('19.9', 2)).toBe(1990);
    expect(parseMinorUnits('19,90', 2)).toBe(1990);
    expect(parseMinorUnits(' 7 ', 2)).toBe(700);
    expect(parseMinorUnits('', 2)).toBeNull();
    expect(parseMinorUnits('19.999', 2)).toBeNaN();
    expect(parseMinorUnits('-3', 2)).toBeNaN();
    expect(parseMinorUnits('1500', 0)).toBe(1500);
    expect(formatMinorUnits(1990, 2)).toBe('19.90');
    expect(formatMinorUnits(null, 2)).toBe('');
  });

  it('turns a saved product into values and back into the same variants', () => {
    const values = toProductFormValues(linenShirt);
    expect(isGeneralChanged(values, toProductFormValues(linenShirt))).toBe(false);
    expect(isVariantsChanged(values, toProductFormValues(linenShirt))).toBe(false);
    const { body, errors } = toVariantsReplacement(values, 'EUR', 7);
    expect(errors).toEqual({});
    expect(body).toEqual({
      version: 7,
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        {
          id: 'var_1',
          sku: 'LINEN-S',
          options: { Size: 'S' },
          price: 4990,
          compareAtPrice: null,
          stockOnHand: 5,
          barcode: null,
          weightGrams: 200,
        },
        {
          id: 'var_2',
          sku: 'LINEN-M',
          options: { Size: 'M' },
          price: 4990,
          compareAtPrice: 5990,
          stockOnHand: 0,
          barcode: '3760000000017',
          weightGrams: null,
        },
      ],
    });
  });

  it('reports amounts that are not amounts at their matrix cell, before sending', () => {
    const values = toProductFormValues(linenShirt);
    const [first, second] = values.variants;
    if (!first || !second) throw new Error('two rows expected');
    const broken = {
      ...values,
      title: 'Shirt',
      variants: [
        { ...first, price: '' },
        { ...second, stockOnHand: '2.5' },
      ],
    };
    expect(toNewProduct(broken, 'EUR').errors).toEqual({
      'variants.0.price': 'Enter a price.',
      'variants.1.stockOnHand': 'Enter a whole number.',
    });
  });
});
