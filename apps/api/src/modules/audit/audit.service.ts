import { and, count, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { containsPattern, decodeCursor, toPage } from '../../shared/pagination';
import { type AuditRow, auditLog } from './audit.tables';

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: AuditRow['actorKind'];
  actorId: string;
  actorLabel: string;
  action: string;
  method: string;
  path: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

const secretKey = /password|secret|token|otp|code|hash/i;

/** The request body with secrets replaced, long strings cut: what changed, never credentials. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        secretKey.test(key) ? '[redacted]' : redact(item, depth + 1),
      ]),
    );
  }
  if (typeof value === 'string' && value.length > 200) return `${value.slice(0, 200)}…`;
  return value;
}

/** The top-level fields that differ between two versions of a resource, secrets redacted. */
export function diffChanges(before: object, after: object): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const previous = before as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (key === 'version' || key === 'updatedAt') continue;
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key])) continue;
    changes[key] = secretKey.test(key)
      ? { from: '[redacted]', to: '[redacted]' }
      : { from: redact(previous[key] ?? null), to: redact(next[key] ?? null) };
  }
  return changes;
}

export async function recordAudit(
  db: DbOrTx,
  entry: Omit<AuditEntry, 'id' | 'at' | 'changes'> & { requestId: string; changes?: AuditEntry['changes'] },
): Promise<void> {
  await db.insert(auditLog).values({ id: newId('audit'), ...entry });
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    method: row.method,
    path: row.path,
    targetId: row.targetId,
    summary: row.summary,
    changes: row.changes,
  };
}

/** Newest first, filtered by action (substring), actor and time range. */
export async function listAudit(
  db: DbOrTx,
  query: {
    action?: string | undefined;
    actorId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const filter: SQL | undefined = and(
    query.action ? ilike(auditLog.action, containsPattern(query.action)) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
    query.to ? lte(auditLog.at, new Date(query.to)) : undefined,
  );
  const before = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(filter, before ? lt(auditLog.id, before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const [total] = await db.select({ value: count() }).from(auditLog).where(filter);
  return toPage(rows, query.limit, total?.value ?? 0, (row) => row.id, toEntry);
}
