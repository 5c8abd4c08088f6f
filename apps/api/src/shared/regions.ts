import { z } from 'zod';

/** Validation of country codes and time zones against the runtime's own ICU data. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
// Region codes Intl knows that are not countries.
const notCountries = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);
const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
timeZones.add('UTC');

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Use a two-letter country code such as FR.', abort: true })
  .refine(
    (code) => !notCountries.has(code) && regionNames.of(code) !== code,
    'This is not a known country code.',
  );

export const timezoneSchema = z
  .string()
  .refine((zone) => timeZones.has(zone), 'Choose a time zone such as Europe/Paris.');

/**
 * Postal code formats of the countries the store most often ships to (upper-cased input, spaces as typed
 * allowed where the country uses one). Other countries: any non-empty code.
 */
const postalCodeFormats: Readonly<Record<string, { pattern: RegExp; example: string }>> = {
  FR: { pattern: /^\d{5}$/, example: '75002' },
  MC: { pattern: /^980\d{2}$/, example: '98000' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  AT: { pattern: /^\d{4}$/, example: '1010' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  LU: { pattern: /^(L-?)?\d{4}$/, example: '1111' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  ES: { pattern: /^\d{5}$/, example: '28001' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1000-001' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  NO: { pattern: /^\d{4}$/, example: '0150' },
  FI: { pattern: /^\d{5}$/, example: '00100' },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-001' },
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: '110 00' },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  IE: { pattern: /^[A-Z\d]{3} ?[A-Z\d]{4}$/, example: 'D02 X285' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '94103' },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'K1A 0B1' },
  AU: { pattern: /^\d{4}$/, example: '2000' },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: '100-0001' },
};

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Why a postal code does not fit the country's format (null when it does, or the country is not listed). */
export function postalCodeProblem(country: string, postalCode: string): string | null {
  const format = postalCodeFormats[country];
  if (!format || format.pattern.test(postalCode.trim().toUpperCase())) return null;
  return `Enter a postal code of ${countryNames.of(country) ?? country}, such as ${format.example}.`;
}
