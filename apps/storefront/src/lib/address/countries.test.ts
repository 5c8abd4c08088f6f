import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from './countries';

describe('countries', () => {
  it('names countries in English', () => {
    expect(countryName('FR')).toBe('France');
    expect(countryName('GB')).toBe('United Kingdom');
  });

  it('lists common countries by name, plus any code that must not be lost', () => {
    const options = countryOptions();
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(options).toContainEqual({ value: 'DE', label: 'Germany' });
    expect(options.some((option) => option.value === 'IS')).toBe(false);
    expect(countryOptions(['IS', undefined, 'FR'])).toContainEqual({ value: 'IS', label: 'Iceland' });
    expect(countryOptions(['FR']).filter((option) => option.value === 'FR')).toHaveLength(1);
  });
});
