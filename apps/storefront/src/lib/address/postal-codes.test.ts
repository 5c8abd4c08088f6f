import { describe, expect, it } from 'vitest';
import { checkPostalCode, normalizePostalCode } from './postal-codes';

describe('postal codes', () => {
  it.each([
    ['FR', '75011'],
    ['DE', '10115'],
    ['IT', '00184'],
    ['ES', '28013'],
    ['BE', '1000'],
    ['NL', '1012 AB'],
    ['NL', '1012ab'],
    ['GB', 'SW1A 1AA'],
    ['GB', 'm1 1ae'],
    ['US', '94103'],
    ['US', '94103-1234'],
    ['CA', 'K1A 0B1'],
    ['CA', 'k1a0b1'],
    ['JP', '100-0001'],
  ])('accepts %s %s', (country, code) => {
    expect(checkPostalCode(country, code)).toBeUndefined();
  });

  it.each([
    ['FR', '7501'],
    ['FR', '75O11'],
    ['DE', '1011'],
    ['IT', 'ABCDE'],
    ['ES', '53001'],
    ['BE', '0999'],
    ['NL', '0123 AB'],
    ['GB', '12345'],
    ['US', '9410'],
    ['CA', 'D1A 0B1'],
  ])('refuses %s %s with an example', (country, code) => {
    expect(checkPostalCode(country, code)).toMatch(/^Enter a valid postal code, e.g. /);
  });

  it('asks for a missing code', () => {
    expect(checkPostalCode('FR', '  ')).toBe('Enter the postal code.');
  });

  it('writes codes in their usual form', () => {
    expect(normalizePostalCode('GB', 'sw1a1aa')).toBe('SW1A 1AA');
    expect(normalizePostalCode('CA', 'k1a0b1')).toBe('K1A 0B1');
    expect(normalizePostalCode('NL', '1012ab')).toBe('1012 AB');
    expect(normalizePostalCode('FR', ' 75011 ')).toBe('75011');
    expect(normalizePostalCode('GB', 'not a code')).toBe('not a code');
  });
});
