import type { SelectOption } from '@comptoir/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useHasPermission } from '../../features/auth/permissions';
import { employeeListQueryOptions } from '../../features/employees/api/list-employees';

/**
 * The active employees a conversation can be given to, as select options. The employees list needs
 * `employees:manage`: without it the list is empty, and the inbox offers "me", "unassigned" and the current
 * assignee only. A store has few employees, so every page is loaded.
 */
export function useInboxColleagues(): SelectOption[] {
  const canList = useHasPermission('employees:manage');
  const employees = useInfiniteQuery({ ...employeeListQueryOptions(''), enabled: canList });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = employees;
  useEffect(() => {
    if (canList && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [canList, hasNextPage, isFetchingNextPage, fetchNextPage]);
  if (!canList) return [];
  return (employees.data?.pages.flatMap((page) => page.items) ?? [])
    .filter((employee) => employee.active)
    .map((employee) => ({ value: employee.id, label: `${employee.firstName} ${employee.lastName}`.trim() }));
}
