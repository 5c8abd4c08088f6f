import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Idempotency keys (Stripe-style): one row per caller scope and key, claimed before the operation runs and
 * holding its response once it has run, so a retry with the same key and body replays it.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who may replay: `employee:emp_…`, `api_key:key_…`, `customer:cus_…`, or `anonymous:<method> <path>`. */
    scope: text().notNull(),
    key: text().notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused (422). */
    fingerprint: text().notNull(),
    status: text({ enum: ['in_progress', 'completed'] }).notNull(),
    responseStatus: integer(),
    responseContentType: text(),
    responseBody: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** An in-progress claim older than this is abandoned (its process died) and may be taken over. */
    lockedUntil: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] })],
);
