import type { BadgeTone } from '@comptoir/ui';
import type { ThreadStatus } from './api/list-threads';

/** How the back office names a thread's status (the storefront words it for the customer). */
export const threadStatusLabels: Record<ThreadStatus, { label: string; tone: BadgeTone; hint: string }> = {
  open: { label: 'Open', tone: 'warning', hint: 'Waiting for a reply from the store.' },
  pending: { label: 'Pending', tone: 'info', hint: 'Answered; waiting for the customer.' },
  closed: { label: 'Closed', tone: 'neutral', hint: 'Done. A new message from the customer reopens it.' },
};

export function threadPath(id: string): string {
  return `/messages/${encodeURIComponent(id)}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday", "3 weeks ago": how long since `value`, as of `now`. */
export function formatRelativeTime(value: string, now: number = Date.now()): string {
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return '—';
  let amount = (time - now) / 1000;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) {
      // "0 seconds ago" reads oddly: anything under a minute is "now".
      if (unit === 'second') return relative.format(0, 'second');
      return relative.format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}
