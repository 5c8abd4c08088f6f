import type { SalesInterval } from './date-range';

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
export const compactNumber = new Intl.NumberFormat(undefined, {
  notation: 'compact',
  maximumFractionDigits: 1,
});

function periodDate(period: string): Date {
  return new Date(`${period}T00:00:00Z`);
}

/** "12 Mar", "Week of 10 Mar", "Mar 2026": a period as an axis tick. */
export function shortPeriodLabel(period: string, interval: SalesInterval): string {
  const date = periodDate(period);
  if (interval === 'month') return monthFormat.format(date);
  return shortDay.format(date);
}

/** "12 Mar 2026", "Week of 10 Mar 2026", "Mar 2026": a period in the table and the tooltip. */
export function periodLabel(period: string, interval: SalesInterval): string {
  const date = periodDate(period);
  if (interval === 'month') return monthFormat.format(date);
  if (interval === 'week') return `Week of ${longDay.format(date)}`;
  return longDay.format(date);
}

/** The figure the chart shows. */
export type Metric = 'revenue' | 'orders';
export const metricLabels: Record<Metric, string> = { revenue: 'Revenue', orders: 'Orders' };
