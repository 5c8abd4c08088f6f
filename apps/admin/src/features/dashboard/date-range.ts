/** A range of store days (YYYY-MM-DD, `to` included), as the statistics API reads them. */
export interface DayRange {
  from: string;
  to: string;
}

export const rangePresets = [
  'today',
  'last-7-days',
  'last-30-days',
  'this-month',
  'last-month',
  'this-year',
] as const;
export type RangePreset = (typeof rangePresets)[number];

export const rangePresetLabels: Record<RangePreset, string> = {
  today: 'Today',
  'last-7-days': 'Last 7 days',
  'last-30-days': 'Last 30 days',
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-year': 'This year',
};

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in `timeZone` (the store's), whatever the employee's own time zone. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  }
}

/** `day` moved by `days` (calendar arithmetic in UTC, so no daylight-saving surprises). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days in the range, both ends included. */
export function rangeLength({ from, to }: DayRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The days a preset covers, relative to `today` (the store's). */
export function presetRange(preset: RangePreset, today: string): DayRange {
  const year = today.slice(0, 4);
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-month':
      return { from: monthStart, to: today };
    case 'last-month': {
      const lastDay = addDays(monthStart, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
  }
}

/** The preset a range matches for `today`, if any (to show it as selected). */
export function matchingPreset(range: DayRange, today: string): RangePreset | null {
  return (
    rangePresets.find((preset) => {
      const candidate = presetRange(preset, today);
      return candidate.from === range.from && candidate.to === range.to;
    }) ?? null
  );
}

/** The range in the address (`?from&to`), or the last 30 days when missing, unreadable or reversed. */
export function rangeFromSearch(params: URLSearchParams, today: string): DayRange {
  const from = params.get('from');
  const to = params.get('to');
  if (isDay(from) && isDay(to) && from <= to) return { from, to };
  return presetRange('last-30-days', today);
}

/** Why a custom range cannot be used, or null when it can. */
export function validateRange(from: string, to: string): { from?: string; to?: string } | null {
  const errors: { from?: string; to?: string } = {};
  if (!isDay(from)) errors.from = 'Enter a start date.';
  if (!isDay(to)) errors.to = 'Enter an end date.';
  else if (isDay(from) && to < from) errors.to = 'The end date must be on or after the start date.';
  return errors.from || errors.to ? errors : null;
}

export type SalesInterval = 'day' | 'week' | 'month';

/** Days up to 62 days, weeks up to 366, months beyond: enough points to read, never too many. */
export function intervalFor(range: DayRange): SalesInterval {
  const days = rangeLength(range);
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  return 'month';
}

/** "the previous 30 days", "the previous day": what a change is compared with. */
export function previousPeriodLabel(range: DayRange): string {
  const days = rangeLength(range);
  return days === 1 ? 'previous day' : `previous ${days} days`;
}
