export { auditRoutes } from './audit.routes';
export type { AuditEntry } from './audit.service';
export { diffChanges, listAudit, recordAudit, redact } from './audit.service';
