import { useEffect } from 'react';
import type { StoreTheme } from '../api/content-types';

/** The design tokens a theme sets on `<html>`, by CSS custom property. */
export function themeTokens(theme: StoreTheme): Record<string, string> {
  const { colors, fonts } = theme;
  return {
    '--ct-color-primary': colors.primary,
    '--ct-color-primary-hover': `color-mix(in srgb, ${colors.primary} 85%, black)`,
    '--ct-color-primary-subtle': `color-mix(in srgb, ${colors.primary} 10%, white)`,
    // Text on primary buttons and badges. Not `--ct-color-text-inverse`: that one is also the text on red
    // (danger) buttons and alert icons, which a dark `onPrimary` would make unreadable.
    '--sf-on-primary': colors.onPrimary,
    // The API's link colour is the primary, darkened when it is too light to read on white (4.5:1).
    '--sf-link': colors.link,
    '--sf-link-hover': `color-mix(in srgb, ${colors.link} 80%, black)`,
    '--ct-color-focus': colors.link,
    '--sf-accent': colors.accent,
    '--sf-on-accent': colors.onAccent,
    '--ct-font-sans': fonts.body,
    '--sf-font-heading': fonts.heading,
  };
}

/** A colour the API answers is `#rrggbb`; anything else is not put in a style (defence in depth). */
const isColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);
/** Font stacks are names, quotes, commas and spaces: nothing that could end the declaration. */
const isFontStack = (value: string) => /^[\w\s",'-]+$/.test(value);

function isSafeTheme(theme: StoreTheme): boolean {
  const { colors, fonts } = theme;
  return (
    [colors.primary, colors.onPrimary, colors.link, colors.accent, colors.onAccent].every(isColour) &&
    isFontStack(fonts.body) &&
    isFontStack(fonts.heading)
  );
}

/** Points `<link rel="icon">` at the store's favicon (the one of index.html comes back on unmount). */
function useFavicon(href: string | null) {
  useEffect(() => {
    if (!href) return;
    let link = document.head.querySelector<HTMLLinkElement>('link[rel="icon"]');
    const created = !link;
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.append(link);
    }
    const element = link;
    const previous = element.getAttribute('href');
    element.href = href;
    return () => {
      if (created) element.remove();
      else if (previous === null) element.removeAttribute('href');
      else element.setAttribute('href', previous);
    };
  }, [href]);
}

/**
 * Applies the store's branding through the design tokens: colours and fonts become CSS custom properties on
 * `<html>` (so every component, including those of `@comptoir/ui`, follows), and the favicon becomes the
 * tab's icon. Renders nothing; until the theme is loaded (or if it cannot be) the default tokens stay.
 */
export function ThemeTokens({ theme }: { theme: StoreTheme | undefined }) {
  const tokens = theme && isSafeTheme(theme) ? JSON.stringify(themeTokens(theme)) : null;
  useEffect(() => {
    if (!tokens) return;
    const root = document.documentElement;
    const values = JSON.parse(tokens) as Record<string, string>;
    for (const [name, value] of Object.entries(values)) root.style.setProperty(name, value);
    // Phones tint their address bar with the brand colour too.
    const themeColor = document.head.querySelector('meta[name="theme-color"]');
    const previousColor = themeColor?.getAttribute('content') ?? null;
    const primary = values['--ct-color-primary'];
    if (themeColor && primary) themeColor.setAttribute('content', primary);
    return () => {
      for (const name of Object.keys(values)) root.style.removeProperty(name);
      if (themeColor && previousColor !== null) themeColor.setAttribute('content', previousColor);
    };
  }, [tokens]);
  const favicon = theme?.favicon;
  useFavicon(favicon ? favicon.thumbnails.small || favicon.url : null);
  return null;
}
