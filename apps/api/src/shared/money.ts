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
  .meta({ id: 'Money' });

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
