import type { DayRange, SalesInterval } from '../date-range';

/** Query keys of the dashboard's statistics (read-only: nothing in the back office changes them directly). */
export const statsKeys = {
  all: ['stats'] as const,
  summary: (range: DayRange) => [...statsKeys.all, 'summary', range] as const,
  sales: (range: DayRange, interval: SalesInterval) => [...statsKeys.all, 'sales', range, interval] as const,
  bestSellers: (range: DayRange, limit: number) => [...statsKeys.all, 'best-sellers', range, limit] as const,
};
