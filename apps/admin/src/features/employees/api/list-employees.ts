import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { employeeKeys } from './employee-keys';

const pageSize = 25;

/** `GET /admin/employees` (permission `employees:manage`): one page of employees; `q` matches name or email. */
export function listEmployees(q: string, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/employees', {
      params: { query: cursorPageQuery(pageSize, { q }, cursor) },
      signal,
    }),
  );
}

export type EmployeePage = Awaited<ReturnType<typeof listEmployees>>;
export type EmployeeSummary = EmployeePage['items'][number];

export function employeeListQueryOptions(q: string) {
  return cursorListQueryOptions(employeeKeys.list(q), (cursor, signal) => listEmployees(q, cursor, signal));
}

export function useEmployeeList(q: string) {
  return useInfiniteQuery(employeeListQueryOptions(q));
}
