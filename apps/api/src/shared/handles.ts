import { z } from 'zod';

/** URL handles: lowercase ASCII words joined by hyphens (`summer-dress`). */
export const handleSchema = z
  .string()
  .max(100, 'Use 100 characters or fewer.')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens, such as summer-dress.',
  );

/** A handle derived from a name: "Robe d'été" → "robe-d-ete". */
export function toHandle(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100)
      .replace(/-+$/, '') || 'item'
  );
}
