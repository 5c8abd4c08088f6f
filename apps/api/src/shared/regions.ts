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
