import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Integrators' keys for the Admin API: stored hashed, with exactly the permissions they were given. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** The first characters of the key, shown so people can tell keys apart. */
    prefix: text().notNull(),
    keyHash: text().notNull(),
    permissions: text().array().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('api_keys_hash_unique').on(table.keyHash),
    index('api_keys_created_idx').on(table.createdAt),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
