import type { DayRange, SalesInterval } from '../date-range';

/** Query keys of the statistics (read-only: nothing in the back office changes them directly). */
export const statsKeys = {
  all: ['stats'] as const,
  summary: (range: DayRange) => [...statsKeys.all, 'summary', range] as const,
  sales: (range: DayRange, interval: SalesInterval) => [...statsKeys.all, 'sales', range, interval] as const,
  bestSellers: (range: DayRange, by: string, limit: number) =>
    [...statsKeys.all, 'best-sellers', range, by, limit] as const,
  /** A breakdown of the range's sales: by category, by country, by discount. */
  breakdown: (report: 'categories' | 'countries' | 'discounts', range: DayRange, limit?: number) =>
    [...statsKeys.all, report, range, limit] as const,
  topCustomers: (by: string, limit: number) => [...statsKeys.all, 'top-customers', by, limit] as const,
};
