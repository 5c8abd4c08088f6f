/**
 * Numbers typed by employees (prices, percentages) read as exact integers, never through floating point: the
 * text is split at its decimal separator and the two parts are joined as digits ("4.9" → 490 cents).
 *
 * Accepted: digits with at most one decimal separator, `.` or `,` ("4.90", "4,90", "4", "0.5"), spaces around.
 * Refused: thousands separators ("1,234.50" and "1 234" are ambiguous: is "1,234" 1.234 or 1234?), signs,
 * exponents, and more decimals than the unit has ("12.345" for cents).
 */
export type DecimalInput =
  | { status: 'empty' }
  | { status: 'valid'; value: number }
  | { status: 'invalid'; message: string };

/** The largest value an amount or rate may take (PostgreSQL `integer`). */
const maxInteger = 2_147_483_647;

function readDecimal(text: string, digits: number, example: string): DecimalInput {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(trimmed);
  if (!match) {
    return {
      status: 'invalid',
      message: `Enter a number like ${example}, without thousands separators or signs.`,
    };
  }
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') {
    return { status: 'invalid', message: `Enter a number like ${example}.` };
  }
  if (fraction.length > digits) {
    return {
      status: 'invalid',
      message: digits === 0 ? 'Enter a whole number.' : `Use at most ${digits} decimals.`,
    };
  }
  const joined = `${whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  if (joined.length > 10 || Number(joined) > maxInteger) {
    return { status: 'invalid', message: 'This number is too large.' };
  }
  return { status: 'valid', value: Number(joined) };
}

/** "4.90" (2 decimals: EUR) → 490 minor units; "12.345" → invalid; "" → empty. */
export function parseAmount(text: string, digits = 2): DecimalInput {
  return readDecimal(text, digits, digits === 0 ? '490' : `4.${'9'.padEnd(digits, '0')}`);
}

/** 490 minor units → "4.90" (2 decimals); exact for any integer. */
export function formatAmount(minor: number, digits = 2): string {
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "4.90 EUR": an amount in minor units with its currency code, as the back office lists prices. */
export function formatMoneyAmount(money: { amount: number; currency: string }, digits = 2): string {
  return `${formatAmount(money.amount, digits)} ${money.currency}`;
}

/**
 * A percentage with up to 2 decimals → basis points: "20" → 2000, "5.5" → 550, "0,01" → 1. A trailing "%"
 * is allowed ("20 %"). Values above `max` (100 % by default) are refused.
 */
export function parsePercent(text: string, { max = 10_000 }: { max?: number } = {}): DecimalInput {
  const result = readDecimal(text.trim().replace(/\s*%$/, ''), 2, '20 or 5.5');
  if (result.status === 'valid' && result.value > max) {
    return { status: 'invalid', message: `Enter at most ${formatPercentNumber(max)} %.` };
  }
  return result;
}

/** 2000 basis points → "20", 550 → "5.5", 1 → "0.01" (for an input). */
export function formatPercentNumber(basisPoints: number): string {
  return formatAmount(basisPoints, 2).replace(/\.?0+$/, '');
}

/** 2000 basis points → "20 %", 550 → "5.5 %" (for display). */
export function formatPercent(basisPoints: number): string {
  return `${formatPercentNumber(basisPoints)} %`;
}

/** Decimal places of a currency's minor unit (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** A whole number typed in a field (grams, a quantity, a limit): "250" → 250; signs and decimals refused. */
export function parseWholeNumber(text: string): DecimalInput {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  if (!/^\d+$/.test(trimmed)) return { status: 'invalid', message: 'Enter a whole number, like 250.' };
  if (trimmed.length > 10 || Number(trimmed) > maxInteger) {
    return { status: 'invalid', message: 'This number is too large.' };
  }
  return { status: 'valid', value: Number(trimmed) };
}
