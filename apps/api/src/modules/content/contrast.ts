/** Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours written `#rrggbb`). */

/** WCAG AA minimum for body text. */
export const minimumTextContrast = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The ratio rounded down to one decimal, as people read it ("3.9:1" never shows a failing pair as 4.5). */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/**
 * A colour readable as text on white: the colour itself when it reaches 4.5:1, else the same hue darkened
 * step by step until it does (links use the brand colour even when the brand colour is a light one).
 */
export function readableOnWhite(hex: string): string {
  let [r, g, b] = rgb(hex);
  let colour = hex.toLowerCase();
  for (let step = 0; step < 40 && contrastRatio(colour, '#ffffff') < minimumTextContrast; step++) {
    [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
    colour = `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  }
  return colour;
}
