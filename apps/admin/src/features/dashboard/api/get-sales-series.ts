import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DayRange, SalesInterval } from '../date-range';
import { statsKeys } from './stats-keys';

/**
 * `GET /admin/stats/sales` (permission `stats:read`): orders, gross revenue and units per day, week (from
 * Monday) or month of the range, every period present (zeros included).
 */
export function getSalesSeries(range: DayRange, interval: SalesInterval, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/stats/sales', { params: { query: { ...range, interval } }, signal }));
}

export type SalesSeries = Awaited<ReturnType<typeof getSalesSeries>>;
export type SalesPoint = SalesSeries['points'][number];

export function salesSeriesQueryOptions(range: DayRange, interval: SalesInterval) {
  return queryOptions({
    queryKey: statsKeys.sales(range, interval),
    queryFn: ({ signal }) => getSalesSeries(range, interval, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSalesSeries(
  range: DayRange,
  interval: SalesInterval,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...salesSeriesQueryOptions(range, interval), enabled });
}
