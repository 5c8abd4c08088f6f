import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { promotion } from '../../test/pricing-fixtures';
import {
  describeDiscount,
  describeUsage,
  emptyPromotionValues,
  getPromotionFormErrors,
  toPromotionInput,
  toPromotionValues,
} from './promotion-values';

const describe500 = () => 'Something went wrong.';

describe('promotion form values', () => {
  it('sends a percentage in basis points and only the inputs of its kind', () => {
    const result = toPromotionInput(
      { ...emptyPromotionValues(), name: 'Ten', code: 'TEN', percent: '12.5', amount: '3' },
      2,
    );
    expect(result.input).toMatchObject({
      kind: 'percentage',
      value: 1250,
      buyQuantity: null,
      getQuantity: null,
    });
  });

  it('sends an automatic promotion without a code, and free shipping with value 0', () => {
    const result = toPromotionInput(
      { ...emptyPromotionValues(), name: 'Free', trigger: 'automatic', code: 'LEFT', kind: 'free_shipping' },
      2,
    );
    expect(result.input).toMatchObject({ code: null, kind: 'free_shipping', value: 0 });
  });

  it('asks for what each kind needs', () => {
    const base = { ...emptyPromotionValues(), name: 'X', code: 'X10' };
    expect(toPromotionInput({ ...base, percent: '0' }, 2).errors?.fields.value).toMatch(/Enter the discount/);
    expect(toPromotionInput({ ...base, percent: '101' }, 2).errors?.fields.value).toBe(
      'Enter at most 100 %.',
    );
    expect(toPromotionInput({ ...base, kind: 'fixed_amount', amount: '' }, 2).errors?.fields.value).toMatch(
      /Enter the amount/,
    );
    const buyGet = toPromotionInput({ ...base, kind: 'buy_x_get_y', buyQuantity: '', getQuantity: '1.5' }, 2);
    expect(buyGet.errors?.fields).toMatchObject({
      buyQuantity: 'Enter a number, at least 1.',
      getQuantity: 'Enter a whole number, like 250.',
    });
    expect(toPromotionInput({ ...base, code: ' ' }, 2).errors?.fields.code).toMatch(/Enter the code/);
  });

  it('reads a saved promotion back into the form', () => {
    const values = toPromotionValues(
      promotion({ kind: 'fixed_amount', value: 550, code: null, usageLimit: null, perCustomerLimit: 2 }),
      2,
    );
    expect(values).toMatchObject({
      trigger: 'automatic',
      code: '',
      amount: '5.50',
      usageLimit: '',
      perCustomerLimit: '2',
    });
  });

  it('maps nested API paths and codes to the fields', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'conditions.productIds.2', message: 'Unknown product.' },
        { path: '/endsAt', message: 'End after the start.' },
        { path: 'somethingElse', message: 'Odd.' },
      ],
    });
    expect(getPromotionFormErrors(error, describe500)).toEqual({
      fields: { productIds: 'Unknown product.', endsAt: 'End after the start.' },
      form: 'Check the highlighted fields. Odd.',
      conflict: false,
    });
    const taken = new ApiError(409, {
      code: 'discount_code_taken',
      title: 'Conflict',
      detail: 'Code in use.',
    });
    expect(getPromotionFormErrors(taken, describe500).fields.code).toBe('Code in use.');
    const stale = new ApiError(409, { code: 'version_conflict', title: 'Conflict' });
    expect(getPromotionFormErrors(stale, describe500).conflict).toBe(true);
  });

  it('summarises the discount and the usage', () => {
    expect(
      describeDiscount({ kind: 'percentage', value: 1000, buyQuantity: null, getQuantity: null }, 'EUR', 2),
    ).toBe('10 %');
    expect(
      describeDiscount({ kind: 'fixed_amount', value: 500, buyQuantity: null, getQuantity: null }, 'EUR', 2),
    ).toBe('5.00 EUR off');
    expect(
      describeDiscount({ kind: 'free_shipping', value: 0, buyQuantity: null, getQuantity: null }, 'EUR', 2),
    ).toBe('Free shipping');
    expect(
      describeDiscount({ kind: 'buy_x_get_y', value: 0, buyQuantity: 2, getQuantity: 1 }, 'EUR', 2),
    ).toBe('Buy 2 get 1');
    expect(describeUsage({ usageCount: 3, usageLimit: 5 })).toBe('3 / 5');
    expect(describeUsage({ usageCount: 3, usageLimit: null })).toBe('3');
  });
});
