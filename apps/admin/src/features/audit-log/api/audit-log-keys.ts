import type { AuditLogFilters } from './list-audit-entries';

/** Query keys of the audit log feature (read-only: nothing here invalidates them, they go stale in 30 s). */
export const auditLogKeys = {
  all: ['audit-log'] as const,
  lists: () => [...auditLogKeys.all, 'list'] as const,
  list: (filters: AuditLogFilters) => [...auditLogKeys.lists(), filters] as const,
};
