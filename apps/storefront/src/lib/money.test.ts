import { describe, expect, it } from 'vitest';
import { formatMoney, moneyToDecimalString } from './money';

describe('money', () => {
  it('formats minor units in the money’s own currency', () => {
    expect(formatMoney({ amount: 1990, currency: 'EUR' })).toBe('€19.90');
    expect(formatMoney({ amount: 123456789, currency: 'EUR' })).toBe('€1,234,567.89');
    expect(formatMoney({ amount: 5, currency: 'EUR' })).toBe('€0.05');
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('JP¥1,500');
    expect(formatMoney({ amount: 1990, currency: 'USD' })).toBe('US$19.90');
    expect(formatMoney({ amount: 5000, currency: 'EUR' }, { dropZeroCents: true })).toBe('€50');
    expect(formatMoney({ amount: 5050, currency: 'EUR' }, { dropZeroCents: true })).toBe('€50.50');
  });

  it('gives exact decimal strings for structured data', () => {
    expect(moneyToDecimalString({ amount: 1990, currency: 'EUR' })).toBe('19.90');
    expect(moneyToDecimalString({ amount: 7, currency: 'EUR' })).toBe('0.07');
    expect(moneyToDecimalString({ amount: 0, currency: 'EUR' })).toBe('0.00');
    expect(moneyToDecimalString({ amount: -250, currency: 'EUR' })).toBe('-2.50');
    expect(moneyToDecimalString({ amount: 1500, currency: 'JPY' })).toBe('1500');
    // A float-based conversion would print 1.1500000000000001 or round wrongly here.
    expect(moneyToDecimalString({ amount: 115, currency: 'EUR' })).toBe('1.15');
    expect(moneyToDecimalString({ amount: 900719925474099, currency: 'EUR' })).toBe('9007199254740.99');
  });
});
