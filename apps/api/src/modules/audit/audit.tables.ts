import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per successful Admin API mutation: who, when, what, on which target, with a redacted summary. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text().primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorKind: text({ enum: ['employee', 'api_key'] }).notNull(),
    actorId: text().notNull(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    targetId: text(),
    summary: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Field by field, what the change did: `{ name: { from, to } }` (for updates that report it). */
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>(),
    requestId: text().notNull(),
  },
  (table) => [
    index('audit_log_actor_idx').on(table.actorId, table.id),
    index('audit_log_action_idx').on(table.action, table.id),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
