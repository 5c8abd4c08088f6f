import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DayRange } from '../date-range';
import { statsKeys } from './stats-keys';

/** What the best sellers are ranked by: units sold, or the revenue they brought. */
export type BestSellerRanking = 'units' | 'revenue';

/** `GET /admin/stats/best-sellers` (permission `stats:read`): the products that sold the most. */
export function listBestSellers(range: DayRange, by: BestSellerRanking, limit: number, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/stats/best-sellers', { params: { query: { ...range, by, limit } }, signal }));
}

export type BestSeller = Awaited<ReturnType<typeof listBestSellers>>['items'][number];

export function bestSellersQueryOptions(range: DayRange, by: BestSellerRanking, limit: number) {
  return queryOptions({
    queryKey: statsKeys.bestSellers(range, by, limit),
    queryFn: ({ signal }) => listBestSellers(range, by, limit, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBestSellers(
  range: DayRange,
  by: BestSellerRanking,
  limit: number,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...bestSellersQueryOptions(range, by, limit), enabled });
}
