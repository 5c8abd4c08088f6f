/**
 * "Update settings" for `adminUpdateSettings`: the API records the operation id of each call; employees read
 * a sentence. Unknown shapes are returned as they are.
 */
export function describeAction(action: string): string {
  const words = action
    .replace(/^admin(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!words) return action;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

const maxLength = 80;

/** The changed fields of an entry as `field: value` lines (secrets are already redacted by the API). */
export function summarizeChanges(summary: Record<string, unknown> | null | undefined): string[] {
  if (!summary) return [];
  return Object.entries(summary).map(([key, value]) => {
    const text = formatValue(value);
    return `${key}: ${text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text}`;
  });
}
