/**
 * Postal code formats of the countries most orders ship to, checked in the browser so a typo is caught on the
 * field before the API is asked. Countries not listed here are only checked for being non-empty; the API has
 * the last word either way.
 */
interface PostalCodeRule {
  pattern: RegExp;
  /** What a valid code looks like, for the error message. */
  example: string;
  /** Rewrites an accepted code in its usual form (capitals, the standard space). */
  normalize?: (code: string) => string;
}

/** Upper case, the inward part (last 3 characters) separated by one space: "sw1a1aa" → "SW1A 1AA". */
const spaceBeforeLast3 = (code: string) => {
  const compact = code.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
};

const rules: Record<string, PostalCodeRule> = {
  FR: { pattern: /^\d{5}$/, example: '75011' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  // Spanish codes start with the province number, 01 to 52.
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28013' },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
  NL: {
    pattern: /^[1-9]\d{3} ?[A-Z]{2}$/i,
    example: '1012 AB',
    normalize: (code) =>
      code
        .replace(/\s+/g, '')
        .toUpperCase()
        .replace(/^(\d{4})/, '$1 '),
  },
  GB: {
    pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
    example: 'SW1A 1AA',
    normalize: spaceBeforeLast3,
  },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '94103 or 94103-1234' },
  CA: {
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
    example: 'K1A 0B1',
    normalize: spaceBeforeLast3,
  },
};

/** The message to show when `code` is not a valid postal code of `country`, or undefined when it is. */
export function checkPostalCode(country: string, code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed) return 'Enter the postal code.';
  const rule = rules[country];
  if (!rule || rule.pattern.test(trimmed)) return undefined;
  return `Enter a valid postal code, e.g. ${rule.example}.`;
}

/** The code in its usual form for the country ("sw1a1aa" → "SW1A 1AA"); other codes are only trimmed. */
export function normalizePostalCode(country: string, code: string): string {
  const trimmed = code.trim();
  const rule = rules[country];
  if (!rule?.normalize || !rule.pattern.test(trimmed)) return trimmed;
  return rule.normalize(trimmed);
}
