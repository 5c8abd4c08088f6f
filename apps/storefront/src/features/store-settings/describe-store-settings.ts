import type { StoreSettings } from '@comptoir/sdk';

function displayName(type: 'currency' | 'region', code: string): string | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type }).of(code);
  } catch {
    // Unknown or malformed code: the caller falls back to showing the code itself.
    return undefined;
  }
}

/** "EUR" → "Euro (EUR)"; the bare code when the runtime does not know it. */
export function describeCurrency(code: string): string {
  const name = displayName('currency', code);
  return name && name !== code ? `${name} (${code})` : code;
}

/** "FR" → "France (FR)"; the bare code when the runtime does not know it. */
export function describeCountry(code: string): string {
  const name = displayName('region', code);
  return name && name !== code ? `${name} (${code})` : code;
}

/** Whether shown prices include tax, in words. */
export function describeTaxDisplay(taxDisplay: StoreSettings['taxDisplay']): string {
  return taxDisplay === 'inclusive' ? 'Yes, prices include tax' : 'No, prices exclude tax';
}
