import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Refresh-token sessions of customers (and, later, employees). Each refresh rotates the token inside the
 * same family; presenting an already-rotated token revokes the whole family (a stolen token was replayed).
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text().primaryKey(),
    subjectKind: text({ enum: ['customer', 'employee'] }).notNull(),
    subjectId: text().notNull(),
    familyId: text().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    rotatedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text(),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('auth_sessions_token_hash_unique').on(table.tokenHash),
    index('auth_sessions_subject_idx').on(table.subjectKind, table.subjectId),
    index('auth_sessions_family_idx').on(table.familyId),
  ],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;
