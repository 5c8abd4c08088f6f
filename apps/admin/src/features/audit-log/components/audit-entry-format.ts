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
const clip = (text: string) => (text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text);

/**
 * An entry as lines (secrets are already redacted by the API): `field: before → after` for updates that
 * report their changes, otherwise `field: value` from what was sent.
 */
export function summarizeEntry(entry: {
  summary: Record<string, unknown> | null | undefined;
  changes?: Record<string, { from?: unknown; to?: unknown }> | null | undefined;
}): string[] {
  const changes = Object.entries(entry.changes ?? {});
  if (changes.length > 0) {
    return changes.map(
      ([key, change]) => `${key}: ${clip(formatValue(change.from))} → ${clip(formatValue(change.to))}`,
    );
  }
  return Object.entries(entry.summary ?? {}).map(([key, value]) => `${key}: ${clip(formatValue(value))}`);
}
