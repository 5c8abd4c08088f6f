import { ApiError } from '@comptoir/sdk';
import { describeError } from '../../lib/describe-error';

/** What a refused save of storefront content means for its form. */
export interface ContentErrors {
  /** The API's field errors by dotted path (`colors.onPrimary`, `sections.2.heading`, `items.0.children.1.label`). */
  fields: ReadonlyMap<string, string>;
  /** A sentence for the top of the form: errors not shown on a field, or the failure itself. */
  form: string | null;
  /** 409 `version_conflict`: someone else saved first; the form offers to reload. */
  conflict: boolean;
}

export const noContentErrors: ContentErrors = { fields: new Map(), form: null, conflict: false };

/** `/colors/onPrimary`, `body.colors.onPrimary` and `sections[2].heading` → `colors.onPrimary`, `sections.2.heading`. */
export function normaliseErrorPath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\.+/, '');
}

/**
 * Reads a failed save: field errors by path (the form shows those for which `isShown(path)` is true on their
 * fields; the others join the top message), a version conflict, or the failure described.
 */
export function getContentErrors(
  error: unknown,
  isShown: (path: string) => boolean,
  conflictMessage = 'Someone else saved changes here since you opened this page. Reload to see them, then make your changes again.',
): ContentErrors {
  if (!error) return noContentErrors;
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return { fields: new Map(), form: conflictMessage, conflict: true };
  }
  if (error instanceof ApiError && error.errors.length > 0) {
    const fields = new Map<string, string>();
    const other: string[] = [];
    for (const { path, message } of error.errors) {
      const key = normaliseErrorPath(path);
      if (isShown(key)) {
        if (!fields.has(key)) fields.set(key, message);
      } else {
        other.push(message);
      }
    }
    const summary = fields.size > 0 ? 'Check the highlighted fields.' : null;
    return { fields, form: [summary, ...other].filter(Boolean).join(' ') || null, conflict: false };
  }
  if (error instanceof ApiError && error.detail) {
    return { fields: new Map(), form: error.detail, conflict: false };
  }
  return { fields: new Map(), form: describeError(error), conflict: false };
}

/** The first message at `path` or below it (`announcement.link` also finds `announcement.link.url`). */
export function errorAt(fields: ReadonlyMap<string, string>, path: string): string | undefined {
  const exact = fields.get(path);
  if (exact) return exact;
  for (const [key, message] of fields) if (key.startsWith(`${path}.`)) return message;
  return undefined;
}

/** True when `path` or a field containing it was edited since the last save (its API error may be out of date). */
export function isEdited(edited: ReadonlySet<string>, path: string): boolean {
  for (const key of edited) if (path === key || path.startsWith(`${key}.`)) return true;
  return false;
}
