import { z } from 'zod';

/**
 * Money is an integer amount in the currency's minor unit (cents for EUR) with an ISO 4217 code.
 * Never a float. Rounding and allocation helpers are added here, and only here, as pricing needs them.
 */

export const moneySchema = z
  .object({
    amount: z.number().int().meta({ description: 'Integer amount in minor units (cents).' }),
    currency: z.string().length(3),
  })
  .meta({ id: 'Money', examples: [{ amount: 1990, currency: 'EUR' }] });

export type Money = z.infer<typeof moneySchema>;

/** Currencies the store can sell in, with their number of minor-unit digits. */
export const currencyDigits: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  CAD: 2,
  AUD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  JPY: 0,
};

const supportedCurrencies = Object.keys(currencyDigits) as [string, ...string[]];

export const currencyCodeSchema = z
  .enum(supportedCurrencies, { error: 'Choose a supported currency code such as EUR.' })
  .meta({ description: 'ISO 4217 code of a supported currency.' });

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be a safe integer, got ${amount}`);
  return { amount, currency };
}

/**
 * The store's rounding rule, used for every computed amount (percentages, taxes): exact integer arithmetic,
 * then **half away from zero** ("commercial rounding": 0.5 cent → 1 cent). `numerator / denominator` must
 * stay within safe integers (amounts below 9·10¹¹ minor units times a rate in basis points do).
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator <= 0 || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator))
    throw new RangeError(`cannot divide ${numerator} by ${denominator}`);
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  let quotient = Math.floor(n / denominator);
  // Correct a float quotient that landed one off (only possible near 2^53).
  if (quotient * denominator > n) quotient -= 1;
  else if ((quotient + 1) * denominator <= n) quotient += 1;
  const remainder = n - quotient * denominator;
  if (remainder * 2 >= denominator) quotient += 1;
  return sign * quotient;
}

/** `amount × rate`, the rate in basis points (1 000 = 10 %), rounded half away from zero. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return divideRounded(amount * basisPoints, 10_000);
}

/** The tax included in a tax-inclusive `gross` amount at `basisPoints`: gross − gross / (1 + rate), rounded. */
export function includedTax(gross: number, basisPoints: number): number {
  return gross - divideRounded(gross * 10_000, 10_000 + basisPoints);
}

/**
 * Splits `total` (≥ 0) over `weights` (≥ 0) in proportion, in whole minor units that add up exactly to
 * `total`: each share is rounded down and the units left over go to the largest remainders (ties: first
 * come). With all weights 0 everything goes to the first share.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, index) => (index === 0 ? total : 0));
  const shares = weights.map((weight) => Math.floor((total * weight) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = weights
    .map((weight, index) => ({ index, remainder: (total * weight) % sum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** "€12.50"-style display of an amount in minor units (emails, instructions, messages). */
export function formatMoney(amount: number, currency: string, locale = 'en-IE'): string {
  const digits = currencyDigits[currency] ?? 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** digits);
}
