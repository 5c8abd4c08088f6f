import type { Money } from './api/product-types';

const formats = new Map<string, Intl.NumberFormat>();

/** 1990 EUR → "€19.90" in the employee's locale. */
export function formatMoney(amount: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    formats.set(currency, format);
  }
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/** "€19.90" or "€19.90 – €29.90"; "—" without variants priced. */
export function formatPriceRange(price: { min: Money; max: Money } | null): string {
  if (!price) return '—';
  const min = formatMoney(price.min.amount, price.min.currency);
  if (price.min.amount === price.max.amount) return min;
  return `${min} – ${formatMoney(price.max.amount, price.max.currency)}`;
}
