import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every email the store sends, written in the same transaction as the change that causes it. Without SMTP
 * configured messages stay here (status `outbox`), where developers and tests read them.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: text().primaryKey(),
    toAddress: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    status: text({ enum: ['outbox', 'sent', 'failed'] })
      .notNull()
      .default('outbox'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('mail_outbox_to_idx').on(table.toAddress, table.createdAt)],
);

export type MailRow = typeof mailOutbox.$inferSelect;
