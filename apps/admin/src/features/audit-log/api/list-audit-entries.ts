import { unwrap } from '@comptoir/sdk';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditLogKeys } from './audit-log-keys';

export interface AuditLogFilters {
  /** Text matched against the action (the operation, e.g. `adminUpdateSettings`). */
  action: string;
  /** An employee or API key id; empty for anyone. */
  actorId: string;
  /** ISO date-times bounding `at`; empty for no bound. */
  from: string;
  to: string;
}

const pageSize = 50;

/** `GET /admin/audit-log` (permission `employees:manage`): one page of entries, newest first. */
export function listAuditEntries(filters: AuditLogFilters, cursor: string | undefined, signal?: AbortSignal) {
  const query = {
    limit: pageSize,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(cursor ? { cursor } : {}),
  };
  return unwrap(api.GET('/admin/audit-log', { params: { query }, signal }));
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
export type AuditEntry = AuditPage['items'][number];

export function auditLogQueryOptions(filters: AuditLogFilters) {
  return infiniteQueryOptions({
    queryKey: auditLogKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listAuditEntries(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery(auditLogQueryOptions(filters));
}
