import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const employees = pgTable(
  'employees',
  {
    id: text().primaryKey(),
    email: text().notNull(),
    passwordHash: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    /** A built-in role key (`owner`, …) or a custom role id (`role_…`). */
    role: text().notNull(),
    active: boolean().notNull().default(true),
    /** In every access token; bumping it ("sign out everywhere", deactivation) voids them at once. */
    tokenVersion: integer().notNull().default(1),
    /** TOTP secret, encrypted with a key derived from JWT_SECRET; set during setup, used once enabled. */
    twoFactorSecret: text(),
    twoFactorEnabled: boolean().notNull().default(false),
    /** The 30-second step of the last accepted TOTP code: a code works once, even within its window. */
    lastTotpStep: integer().notNull().default(0),
    /** SHA-256 of the unused recovery codes. */
    recoveryCodeHashes: text().array().notNull().default(sql`'{}'::text[]`),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('employees_email_unique').on(sql`lower(${table.email})`),
    index('employees_role_idx').on(table.role),
  ],
);

/** Custom roles created by owners; built-in roles live in code (permissions.ts). */
export const roles = pgTable(
  'roles',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    permissions: text().array().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('roles_name_unique').on(sql`lower(${table.name})`)],
);

export type EmployeeRow = typeof employees.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
