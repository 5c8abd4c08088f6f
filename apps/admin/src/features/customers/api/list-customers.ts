import { unwrap } from '@comptoir/sdk';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

export type CustomerStatusFilter = '' | 'active' | 'disabled';

export interface CustomerListFilters {
  /** Matches name or email; empty for everyone. */
  q: string;
  status: CustomerStatusFilter;
}

const pageSize = 25;

/** `GET /admin/customers` (permission `customers:read`): one page of customers, newest first. */
export function listCustomers(
  filters: CustomerListFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/admin/customers', {
      params: {
        query: {
          limit: pageSize,
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
      signal,
    }),
  );
}

export type CustomerPage = Awaited<ReturnType<typeof listCustomers>>;
export type CustomerSummary = CustomerPage['items'][number];

export function customerListQueryOptions(filters: CustomerListFilters) {
  return infiniteQueryOptions({
    queryKey: customerKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listCustomers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // While a new search loads, keep showing the previous results instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useCustomerList(filters: CustomerListFilters) {
  return useInfiniteQuery(customerListQueryOptions(filters));
}
