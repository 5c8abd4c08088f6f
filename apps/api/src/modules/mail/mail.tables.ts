import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every email the store sends, written in the same transaction as the change that causes it, with the
 * `send_mail` job that delivers it. Without SMTP configured no worker takes those jobs: messages stay here
 * (status `outbox`), where developers and tests read them, and go out once SMTP is configured.
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
    /** outbox → (sending) → sent, or failed after the last attempt. Without SMTP, mail stays in `outbox`. */
    status: text({ enum: ['outbox', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('outbox'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [index('mail_outbox_to_idx').on(table.toAddress, table.createdAt)],
);

export type MailRow = typeof mailOutbox.$inferSelect;
