import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { errorUnder, getProductFormErrors, toFieldPath } from './product-form-errors';

describe('product form errors', () => {
  it('reads every spelling of a field path', () => {
    expect(toFieldPath('body.variants.2.sku')).toBe('variants.2.sku');
    expect(toFieldPath('/body/variants/2/sku')).toBe('variants.2.sku');
    expect(toFieldPath('variants[2].sku')).toBe('variants.2.sku');
    expect(toFieldPath('title')).toBe('title');
  });

  it('puts matrix, option and feature errors on their fields and the rest at the top', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid request',
      errors: [
        { path: 'body.variants.2.sku', message: 'This SKU is already used.' },
        { path: 'body.options.1.values.0', message: 'Enter a value.' },
        { path: 'body.features.0.name', message: 'Enter the name.' },
        { path: 'body.tags.3', message: 'Too long.' },
      ],
    });
    const errors = getProductFormErrors(error);
    expect(errors.fields).toEqual({
      'variants.2.sku': 'This SKU is already used.',
      'options.1.values.0': 'Enter a value.',
      'features.0.name': 'Enter the name.',
    });
    expect(errors.form).toBe('The product was not saved. Check the highlighted fields. Too long.');
    expect(errorUnder(errors.fields, 'options.1.values')).toBe('Enter a value.');
    expect(errors.conflict).toBe(false);
  });

  it('recognises a version conflict', () => {
    const errors = getProductFormErrors(new ApiError(409, { code: 'version_conflict', title: 'Conflict' }));
    expect(errors.conflict).toBe(true);
    expect(errors.form).toMatch(/Someone else saved this product/);
  });
});
