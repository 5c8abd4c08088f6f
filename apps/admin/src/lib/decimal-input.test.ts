import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatPercent,
  formatPercentNumber,
  parseAmount,
  parsePercent,
  parseWholeNumber,
} from './decimal-input';

const value = (number: number) => ({ status: 'valid', value: number });

describe('amounts typed in major units', () => {
  it('reads them as integer minor units', () => {
    expect(parseAmount('4.9')).toEqual(value(490));
    expect(parseAmount('4.90')).toEqual(value(490));
    expect(parseAmount('4,90')).toEqual(value(490));
    expect(parseAmount(' 12 ')).toEqual(value(1200));
    expect(parseAmount('0.05')).toEqual(value(5));
    expect(parseAmount('.5')).toEqual(value(50));
    expect(parseAmount('4.')).toEqual(value(400));
    expect(parseAmount('0')).toEqual(value(0));
    expect(parseAmount('007.10')).toEqual(value(710));
    // No floating point on the way: 0.1 + 0.2 style errors cannot happen.
    expect(parseAmount('1.15')).toEqual(value(115));
    expect(parseAmount('19999999.99')).toEqual(value(1_999_999_999));
    expect(parseAmount('1500', 0)).toEqual(value(1500));
  });

  it('says when nothing was typed', () => {
    expect(parseAmount('')).toEqual({ status: 'empty' });
    expect(parseAmount('   ')).toEqual({ status: 'empty' });
  });

  it('refuses more decimals than the currency has', () => {
    expect(parseAmount('12.345')).toEqual({ status: 'invalid', message: 'Use at most 2 decimals.' });
    expect(parseAmount('12.5', 0)).toEqual({ status: 'invalid', message: 'Enter a whole number.' });
  });

  it('refuses thousands separators, signs and other text', () => {
    for (const text of ['1,234.50', '1.234,50', '1 234', '-3', '+3', '1e3', 'abc', '.', '4.9 EUR', '€4']) {
      expect(parseAmount(text).status, text).toBe('invalid');
    }
    expect(parseAmount('99999999999').status).toBe('invalid');
  });

  it('writes minor units back exactly', () => {
    expect(formatAmount(490)).toBe('4.90');
    expect(formatAmount(5)).toBe('0.05');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(123456789)).toBe('1234567.89');
    expect(formatAmount(1500, 0)).toBe('1500');
  });
});

describe('percentages', () => {
  it('reads them as basis points', () => {
    expect(parsePercent('20')).toEqual(value(2000));
    expect(parsePercent('5.5')).toEqual(value(550));
    expect(parsePercent('5,5')).toEqual(value(550));
    expect(parsePercent('0.01')).toEqual(value(1));
    expect(parsePercent('20 %')).toEqual(value(2000));
    expect(parsePercent('100')).toEqual(value(10_000));
  });

  it('refuses a third decimal and more than 100 %', () => {
    expect(parsePercent('5.555')).toEqual({ status: 'invalid', message: 'Use at most 2 decimals.' });
    expect(parsePercent('100.01')).toEqual({ status: 'invalid', message: 'Enter at most 100 %.' });
    expect(parsePercent('-5').status).toBe('invalid');
  });

  it('writes basis points as short percentages', () => {
    expect(formatPercent(2000)).toBe('20 %');
    expect(formatPercent(550)).toBe('5.5 %');
    expect(formatPercent(1)).toBe('0.01 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercentNumber(10_000)).toBe('100');
    expect(formatPercentNumber(1010)).toBe('10.1');
  });
});

describe('whole numbers', () => {
  it('reads digits only', () => {
    expect(parseWholeNumber('250')).toEqual(value(250));
    expect(parseWholeNumber('')).toEqual({ status: 'empty' });
    expect(parseWholeNumber('2.5').status).toBe('invalid');
    expect(parseWholeNumber('-1').status).toBe('invalid');
  });
});
