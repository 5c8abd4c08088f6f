import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, type QueryKey, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statsKeys } from '../../dashboard/api/stats-keys';
import type { DayRange } from '../../dashboard/date-range';

/** How many rows a ranked report lists. */
export const reportLimit = 20;

/** What the top customers are ranked by: what they spent over their lifetime, or how often they ordered. */
export type CustomerRanking = 'value' | 'orders';

function reportQuery<T>(queryKey: QueryKey, load: (signal: AbortSignal) => Promise<T>) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /admin/stats/categories` (permission `stats:read`): the categories that sold the most. */
export function categorySalesQueryOptions(range: DayRange) {
  return reportQuery(statsKeys.breakdown('categories', range, reportLimit), (signal) =>
    unwrap(
      api.GET('/admin/stats/categories', { params: { query: { ...range, limit: reportLimit } }, signal }),
    ),
  );
}

/** `GET /admin/stats/countries` (permission `stats:read`): sales by country of delivery. */
export function countrySalesQueryOptions(range: DayRange) {
  return reportQuery(statsKeys.breakdown('countries', range), (signal) =>
    unwrap(api.GET('/admin/stats/countries', { params: { query: range }, signal })),
  );
}

/** `GET /admin/stats/discounts` (permission `stats:read`): how much each code or promotion took off, and sold. */
export function discountUsageQueryOptions(range: DayRange) {
  return reportQuery(statsKeys.breakdown('discounts', range), (signal) =>
    unwrap(api.GET('/admin/stats/discounts', { params: { query: range }, signal })),
  );
}

/** `GET /admin/stats/top-customers` (permission `stats:read`): lifetime figures, whatever the period. */
export function topCustomersQueryOptions(by: CustomerRanking) {
  return reportQuery(statsKeys.topCustomers(by, reportLimit), (signal) =>
    unwrap(api.GET('/admin/stats/top-customers', { params: { query: { by, limit: reportLimit } }, signal })),
  );
}

export const useCategorySales = (range: DayRange) => useQuery(categorySalesQueryOptions(range));
export const useCountrySales = (range: DayRange) => useQuery(countrySalesQueryOptions(range));
export const useDiscountUsage = (range: DayRange) => useQuery(discountUsageQueryOptions(range));
export const useTopCustomers = (by: CustomerRanking) => useQuery(topCustomersQueryOptions(by));

export type BreakdownItem = NonNullable<ReturnType<typeof useCategorySales>['data']>['items'][number];
export type DiscountUsage = NonNullable<ReturnType<typeof useDiscountUsage>['data']>['items'][number];
export type TopCustomer = NonNullable<ReturnType<typeof useTopCustomers>['data']>['items'][number];
