import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { getFormErrors } from '../../lib/form-errors';
import {
  emptyShippingMethodValues,
  newWeightBand,
  readShippingMethodErrors,
  shippingMethodFields,
  toShippingMethodInput,
  toShippingMethodValues,
} from './shipping-method-values';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('shipping method form values', () => {
  it('builds a flat method in minor units', () => {
    const values = { ...emptyShippingMethodValues(), name: ' Standard ', price: '4.9', freeOver: '60' };
    expect(toShippingMethodInput(values, 2)).toEqual({
      input: {
        name: 'Standard',
        kind: 'flat',
        price: 490,
        weightBands: [],
        freeOver: 6000,
        estimate: null,
        active: true,
      },
      errors: null,
    });
  });

  it('requires a flat price and refuses a third decimal', () => {
    const empty = toShippingMethodInput({ ...emptyShippingMethodValues(), name: 'A' }, 2);
    expect(empty.errors?.fields.price).toBe('Enter the price (0 for free shipping).');
    const precise = toShippingMethodInput({ ...emptyShippingMethodValues(), price: '4.905' }, 2);
    expect(precise.errors?.fields.price).toBe('Use at most 2 decimals.');
  });

  it('builds weight bands and checks they go from light to heavy', () => {
    const values = {
      ...emptyShippingMethodValues(),
      name: 'By weight',
      kind: 'weight' as const,
      price: 'ignored',
      weightBands: [newWeightBand('1000', '5'), newWeightBand('5000', '9.90')],
    };
    expect(toShippingMethodInput(values, 2).input).toMatchObject({
      kind: 'weight',
      price: 0,
      weightBands: [
        { upToGrams: 1000, price: 500 },
        { upToGrams: 5000, price: 990 },
      ],
    });
    const unordered = toShippingMethodInput(
      {
        ...values,
        weightBands: [newWeightBand('5000', '9'), newWeightBand('5000', '12'), newWeightBand('', '')],
      },
      2,
    );
    expect(unordered.errors?.bands).toEqual({
      1: { upToGrams: 'Must be more than the band above (5000 g): list bands from light to heavy.' },
      2: { upToGrams: 'Enter a weight in grams.', price: 'Enter the price for this band.' },
    });
    expect(unordered.errors?.fields.weightBands).toBe('Check the weight bands.');
    expect(toShippingMethodInput({ ...values, weightBands: [] }, 2).errors?.fields.weightBands).toBe(
      'Add at least one weight band.',
    );
  });

  it('reads a saved method back into the form', () => {
    const values = toShippingMethodValues(
      {
        name: 'Parcel',
        kind: 'weight',
        price: eur(0),
        weightBands: [{ upToGrams: 2000, price: eur(1250) }],
        freeOver: null,
        estimate: null,
        active: false,
      },
      2,
    );
    expect(values).toMatchObject({ price: '', freeOver: '', estimate: '', active: false });
    expect(values.weightBands.map(({ upToGrams, price }) => ({ upToGrams, price }))).toEqual([
      { upToGrams: '2000', price: '12.50' },
    ]);
  });

  it("puts the API's band errors on their band", () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'weightBands.1.upToGrams', message: 'Use whole grams.' },
        { path: '/weightBands/0/price', message: 'Use 0 or more.' },
        { path: 'name', message: 'Enter a name.' },
      ],
    });
    const errors = readShippingMethodErrors(error, (value) => getFormErrors(value, shippingMethodFields));
    expect(errors.bands).toEqual({ 0: { price: 'Use 0 or more.' }, 1: { upToGrams: 'Use whole grams.' } });
    expect(errors.fields).toEqual({ name: 'Enter a name.', weightBands: 'Check the weight bands.' });
  });
});
