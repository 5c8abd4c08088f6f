/** Colour contrast as WCAG 2.2 defines it, computed in the browser to warn before the API refuses a pair. */

/** WCAG AA minimum for body text; the API refuses colour pairs below it. */
export const minimumTextContrast = 4.5;

const hexPattern = /^#[0-9a-f]{6}$/i;

/** True for a colour written `#rrggbb`, the only form the API takes. */
export function isHexColour(value: string): boolean {
  return hexPattern.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white); null if one is unreadable. */
export function contrastRatio(a: string, b: string): number | null {
  if (!isHexColour(a) || !isHexColour(b)) return null;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The ratio rounded down to one decimal, as the API words it ("4.4:1" never shows a failing pair as "4.5:1").
 */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/** "Readable (7.1:1)" or "Too low (2.3:1, needs 4.5:1)". */
export function describeContrast(ratio: number): { readable: boolean; text: string } {
  const readable = ratio >= minimumTextContrast;
  return readable
    ? { readable, text: `Readable (${formatRatio(ratio)})` }
    : { readable, text: `Too low (${formatRatio(ratio)}, needs ${minimumTextContrast}:1)` };
}
