/** How a figure moved against the previous period. */
export interface KpiChange {
  direction: 'up' | 'down' | 'flat' | 'none';
  /** Whole percent, absolute value; null when there is nothing to compare with (previous is 0). */
  percent: number | null;
}

/** The change from `previous` to `current`; "none" when the previous period had nothing (no percentage of 0). */
export function kpiChange(current: number, previous: number): KpiChange {
  if (previous === 0) return { direction: 'none', percent: null };
  const ratio = ((current - previous) / Math.abs(previous)) * 100;
  const percent = Math.round(Math.abs(ratio));
  if (percent === 0) return { direction: 'flat', percent: 0 };
  return { direction: ratio > 0 ? 'up' : 'down', percent };
}

/** "up 12 % vs previous 30 days", "no change vs …", "— no sales in the previous 30 days to compare with". */
export function describeKpiChange(change: KpiChange, periodLabel: string): string {
  switch (change.direction) {
    case 'up':
      return `up ${change.percent} % vs ${periodLabel}`;
    case 'down':
      return `down ${change.percent} % vs ${periodLabel}`;
    case 'flat':
      return `no change vs ${periodLabel}`;
    case 'none':
      return `nothing in the ${periodLabel} to compare with`;
  }
}
