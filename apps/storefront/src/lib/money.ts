/** An amount in integer minor units of an ISO 4217 currency, as every API price is (e.g. 1990 EUR = €19.90). */
export interface Money {
  amount: number;
  currency: string;
}

/** Prices are shown in the storefront's language (English) whatever the currency. */
const displayLocale = 'en-GB';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, wholeUnits = false): Intl.NumberFormat {
  const key = `${currency}:${wholeUnits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(displayLocale, {
      style: 'currency',
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many minor units digits the currency has (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  return formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The amount as an exact decimal string in major units ("19.90"), built with integer and string operations
 * only, so no binary floating point rounding can creep in. Used for structured data (schema.org prices) and
 * for formatting.
 */
export function moneyToDecimalString(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const units = String(Math.abs(Math.trunc(money.amount)));
  if (digits === 0) return `${sign}${units}`;
  const padded = units.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * A price for people, e.g. "€19.90", from minor units and the money's own currency. With `dropZeroCents`, a
 * round amount loses its decimals ("€50" rather than "€50.00"), for ranges such as price filters.
 */
export function formatMoney(
  money: Money,
  { dropZeroCents = false }: { dropZeroCents?: boolean } = {},
): string {
  const whole = dropZeroCents && money.amount % 10 ** minorUnitDigits(money.currency) === 0;
  // Intl formats a decimal string exactly (no float conversion of the amount).
  return formatterFor(money.currency, whole).format(moneyToDecimalString(money) as Intl.StringNumericLiteral);
}
