/**
 * Whether an address from the content API may become a link: a storefront path (`/…`, not `//…`), `http(s)://`
 * or `mailto:`. The API already refuses anything else; checking again here means a compromised or buggy
 * answer can never put a `javascript:` address in the page.
 */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\');
  return /^(https?:\/\/|mailto:)/i.test(href);
}

/** A storefront path (followed inside the app, without reloading) rather than another site. */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && isSafeHref(href);
}
