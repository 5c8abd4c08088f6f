import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DayRange } from '../date-range';
import { statsKeys } from './stats-keys';

/** `GET /admin/stats/best-sellers` (permission `stats:read`): the products that brought the most revenue. */
export function listBestSellers(range: DayRange, limit: number, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/stats/best-sellers', { params: { query: { ...range, by: 'revenue', limit } }, signal }),
  );
}

export type BestSeller = Awaited<ReturnType<typeof listBestSellers>>['items'][number];

export function bestSellersQueryOptions(range: DayRange, limit: number) {
  return queryOptions({
    queryKey: statsKeys.bestSellers(range, limit),
    queryFn: ({ signal }) => listBestSellers(range, limit, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBestSellers(
  range: DayRange,
  limit: number,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...bestSellersQueryOptions(range, limit), enabled });
}
