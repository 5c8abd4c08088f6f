/** Joins the truthy class names; lets components merge their own `ct-` classes with a caller's `className`. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}
