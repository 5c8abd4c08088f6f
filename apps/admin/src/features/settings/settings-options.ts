import type { SettingsUpdate } from '@comptoir/sdk';
import type { SelectOption } from '@comptoir/ui';

/** The currencies the API accepts (ISO 4217); the type comes from the API contract. */
export type SupportedCurrency = NonNullable<SettingsUpdate['currency']>;

// A Record (not a list) so that a currency added to the API fails the typecheck until it gets a label here.
const currencyNames: Record<SupportedCurrency, string> = {
  EUR: 'Euro',
  USD: 'US dollar',
  GBP: 'British pound',
  CHF: 'Swiss franc',
  CAD: 'Canadian dollar',
  AUD: 'Australian dollar',
  SEK: 'Swedish krona',
  NOK: 'Norwegian krone',
  DKK: 'Danish krone',
  PLN: 'Polish złoty',
  CZK: 'Czech koruna',
  JPY: 'Japanese yen',
};

export function isSupportedCurrency(code: string): code is SupportedCurrency {
  return Object.hasOwn(currencyNames, code);
}

export const currencyOptions: readonly SelectOption[] = Object.entries(currencyNames).map(([code, name]) => ({
  value: code,
  label: `${code} — ${name}`,
}));

/** Common countries (ISO 3166-1 alpha-2), sorted by name. */
export const countryOptions: readonly SelectOption[] = [
  { value: 'AU', label: 'Australia' },
  { value: 'AT', label: 'Austria' },
  { value: 'BE', label: 'Belgium' },
  { value: 'BR', label: 'Brazil' },
  { value: 'CA', label: 'Canada' },
  { value: 'CZ', label: 'Czechia' },
  { value: 'DK', label: 'Denmark' },
  { value: 'FI', label: 'Finland' },
  { value: 'FR', label: 'France' },
  { value: 'DE', label: 'Germany' },
  { value: 'GR', label: 'Greece' },
  { value: 'HU', label: 'Hungary' },
  { value: 'IN', label: 'India' },
  { value: 'IE', label: 'Ireland' },
  { value: 'IT', label: 'Italy' },
  { value: 'JP', label: 'Japan' },
  { value: 'LU', label: 'Luxembourg' },
  { value: 'MX', label: 'Mexico' },
  { value: 'NL', label: 'Netherlands' },
  { value: 'NZ', label: 'New Zealand' },
  { value: 'NO', label: 'Norway' },
  { value: 'PL', label: 'Poland' },
  { value: 'PT', label: 'Portugal' },
  { value: 'RO', label: 'Romania' },
  { value: 'SG', label: 'Singapore' },
  { value: 'ES', label: 'Spain' },
  { value: 'SE', label: 'Sweden' },
  { value: 'CH', label: 'Switzerland' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'US', label: 'United States' },
];

export const taxDisplayOptions: readonly SelectOption[] = [
  { value: 'inclusive', label: 'Prices include tax' },
  { value: 'exclusive', label: 'Prices exclude tax' },
];

export const paymentCaptureOptions: readonly SelectOption[] = [
  { value: 'automatic', label: 'Capture card payments when the order is placed' },
  { value: 'manual', label: 'Authorise only; capture from the order (on shipping)' },
];

function listTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    // Older runtimes without Intl.supportedValuesOf: offer a short list.
    return [
      'Europe/London',
      'Europe/Paris',
      'Europe/Berlin',
      'America/New_York',
      'America/Los_Angeles',
      'Asia/Tokyo',
    ];
  }
}

/** IANA time zones known to the browser, plus UTC (which some browsers leave out of the list). */
export const timeZoneOptions: readonly SelectOption[] = [
  'UTC',
  ...listTimeZones().filter((zone) => zone !== 'UTC'),
].map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));

/** `options`, plus `current` first when the store uses a value the list does not have (so it is never lost). */
export function withCurrentOption(
  options: readonly SelectOption[],
  current: string,
): readonly SelectOption[] {
  if (!current || options.some((option) => option.value === current)) return options;
  return [{ value: current, label: current }, ...options];
}
