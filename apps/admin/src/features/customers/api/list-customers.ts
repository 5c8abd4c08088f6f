import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
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
      params: { query: cursorPageQuery(pageSize, filters, cursor) },
      signal,
    }),
  );
}

export type CustomerPage = Awaited<ReturnType<typeof listCustomers>>;
export type CustomerSummary = CustomerPage['items'][number];

export function customerListQueryOptions(filters: CustomerListFilters) {
  return cursorListQueryOptions(customerKeys.list(filters), (cursor, signal) =>
    listCustomers(filters, cursor, signal),
  );
}

export function useCustomerList(filters: CustomerListFilters) {
  return useInfiniteQuery(customerListQueryOptions(filters));
}
