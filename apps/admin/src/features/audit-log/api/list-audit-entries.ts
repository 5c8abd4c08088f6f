import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
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
  const query = cursorPageQuery(pageSize, filters, cursor);
  return unwrap(api.GET('/admin/audit-log', { params: { query }, signal }));
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
export type AuditEntry = AuditPage['items'][number];

export function auditLogQueryOptions(filters: AuditLogFilters) {
  return cursorListQueryOptions(auditLogKeys.list(filters), (cursor, signal) =>
    listAuditEntries(filters, cursor, signal),
  );
}

export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery(auditLogQueryOptions(filters));
}
