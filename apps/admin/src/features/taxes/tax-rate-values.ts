import { formatPercentNumber, parsePercent } from '../../lib/decimal-input';

/** The tax rate form, as typed (the rate as a percentage: "20" or "5.5"). */
export interface TaxRateFormValues {
  name: string;
  country: string;
  region: string;
  taxClass: string;
  rate: string;
}

/** What the API takes for a rate (basis points: 2000 = 20 %). */
export interface TaxRateInput {
  name: string;
  country: string;
  region: string | null;
  taxClass: string;
  rate: number;
}

export const taxRateFields = ['name', 'country', 'region', 'taxClass', 'rate'] as const;
export type TaxRateField = (typeof taxRateFields)[number];

/** The classes every store has; variants may use others, which the list of rates adds. */
export const commonTaxClasses = ['standard', 'reduced', 'zero'] as const;

export function emptyTaxRateValues(country: string): TaxRateFormValues {
  return { name: '', country, region: '', taxClass: 'standard', rate: '' };
}

export function toTaxRateValues(rate: {
  name: string;
  country: string;
  region: string | null;
  taxClass: string;
  rate: number;
}): TaxRateFormValues {
  return {
    name: rate.name,
    country: rate.country,
    region: rate.region ?? '',
    taxClass: rate.taxClass,
    rate: formatPercentNumber(rate.rate),
  };
}

/** Checks the percentage (at most 2 decimals, 0 to 100) and builds the API input. */
export function toTaxRateInput(
  values: TaxRateFormValues,
): { input: TaxRateInput; errors: null } | { input: null; errors: Partial<Record<TaxRateField, string>> } {
  const rate = parsePercent(values.rate);
  if (rate.status !== 'valid') {
    return {
      input: null,
      errors: { rate: rate.status === 'empty' ? 'Enter the rate, e.g. 20 or 5.5.' : rate.message },
    };
  }
  return {
    input: {
      name: values.name.trim(),
      country: values.country,
      region: values.region.trim() || null,
      taxClass: values.taxClass.trim(),
      rate: rate.value,
    },
    errors: null,
  };
}
