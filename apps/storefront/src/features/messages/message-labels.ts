import type { BadgeTone } from '@comptoir/ui';
import type { ThreadStatus } from './api/message-types';

/** A conversation's state in the customer's words. */
export const threadStatusLabels: Record<ThreadStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Waiting for our reply', tone: 'warning' },
  pending: { label: 'We replied', tone: 'success' },
  closed: { label: 'Closed', tone: 'neutral' },
};

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
const momentFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** "24 November 2026". */
export function formatMessageDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "24 November 2026 at 10:00". */
export function formatMessageMoment(iso: string): string {
  return momentFormat.format(new Date(iso));
}

/** "3 messages". */
export function countMessages(count: number): string {
  return `${count} ${count === 1 ? 'message' : 'messages'}`;
}

/** A light check before sending; the API has the last word. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
