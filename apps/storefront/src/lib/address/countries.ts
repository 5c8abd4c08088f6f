import type { SelectOption } from '@comptoir/ui';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
})();

/** "FR" → "France"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  return regionNames?.of(code) ?? code;
}

/** Countries customers most often ship to (ISO 3166-1 alpha-2); the select lists them by name. */
const commonCountryCodes =
  'AU AT BE BR CA CZ DK FI FR DE GR HU IN IE IT JP LU MX NL NZ NO PL PT RO SG ES SE CH GB US'.split(' ');

/**
 * The country select's options, sorted by name; `include` adds codes missing from the common list (the store's
 * default country, or the country of an address being edited) so they are never lost.
 */
export function countryOptions(include: ReadonlyArray<string | undefined> = []): SelectOption[] {
  const codes = new Set(commonCountryCodes);
  for (const code of include) if (code) codes.add(code);
  return [...codes]
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
