import { describe, expect, it } from 'vitest';
import { describeCountry, describeCurrency, describeTaxDisplay } from './describe-store-settings';

describe('describe-store-settings', () => {
  it('names known currencies and countries and keeps the code', () => {
    expect(describeCurrency('GBP')).toBe('British Pound (GBP)');
    expect(describeCountry('BE')).toBe('Belgium (BE)');
  });

  it('falls back to the bare code for malformed codes', () => {
    expect(describeCurrency('not-a-code')).toBe('not-a-code');
    expect(describeCountry('??')).toBe('??');
  });

  it('describes the tax display', () => {
    expect(describeTaxDisplay('inclusive')).toMatch(/include tax/);
    expect(describeTaxDisplay('exclusive')).toMatch(/exclude tax/);
  });
});
