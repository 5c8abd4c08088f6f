export { auditRoutes } from './audit.routes';
export type { AuditEntry } from './audit.service';
export { listAudit, recordAudit, redact } from './audit.service';
