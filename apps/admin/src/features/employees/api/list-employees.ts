import { unwrap } from '@comptoir/sdk';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { employeeKeys } from './employee-keys';

const pageSize = 25;

/** `GET /admin/employees` (permission `employees:manage`): one page of employees; `q` matches name or email. */
export function listEmployees(q: string, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/employees', {
      params: { query: { limit: pageSize, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export type EmployeePage = Awaited<ReturnType<typeof listEmployees>>;
export type EmployeeSummary = EmployeePage['items'][number];

export function employeeListQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: employeeKeys.list(q),
    queryFn: ({ pageParam, signal }) => listEmployees(q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useEmployeeList(q: string) {
  return useInfiniteQuery(employeeListQueryOptions(q));
}
