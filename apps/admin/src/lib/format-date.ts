const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "12 Mar 2025, 14:05" in the employee's locale and time zone; `fallback` for null or unreadable values. */
export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : fallback;
}

/** "12 Mar 2025" in the employee's locale and time zone. */
export function formatDate(value: string | null | undefined, fallback = '—'): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : fallback;
}

/**
 * The instant a `<input type="date">` day starts (`edge: 'start'`) or ends (`'end'`) in the employee's time
 * zone, as an ISO date-time for the API; undefined for an empty input.
 */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * An ISO instant as the value of a `<input type="datetime-local">` in the employee's time zone
 * ("2025-03-12T14:05"); empty for null.
 */
export function toDateTimeLocal(value: string | null | undefined): string {
  const date = toDate(value);
  if (!date) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The value of a `<input type="datetime-local">`, read in the employee's time zone, as an ISO instant for the
 * API; null for an empty input, undefined when unreadable.
 */
export function fromDateTimeLocal(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(trimmed)) return undefined;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The employee's time zone as the browser knows it, e.g. "Europe/Paris". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
