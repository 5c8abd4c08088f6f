/**
 * A new id for a homepage section (`sec_…`) or a menu item (`nav_…`): the client names them (the API only
 * needs them unique in their list), 12 random base-36 characters.
 */
export function newContentId(prefix: 'sec' | 'nav'): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `${prefix}_${Array.from(bytes, (byte) => (byte % 36).toString(36)).join('')}`;
}
