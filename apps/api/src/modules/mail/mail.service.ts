import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { type MailRow, mailOutbox } from './mail.tables';
import type { RenderedMail } from './mail.templates';

/**
 * Queues an email in the outbox, inside the caller's transaction: it exists if and only if the change that
 * caused it committed. (Delivery over SMTP is a job added with the job queue; until then it stays here.)
 */
export async function queueMail(db: DbOrTx, to: string, mail: RenderedMail): Promise<void> {
  await db.insert(mailOutbox).values({
    id: newId('mail'),
    toAddress: to,
    template: mail.template,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
  });
}

/** The newest messages to an address (developers' outbox; tests read reset links here). */
export async function listMailTo(db: DbOrTx, to: string, template?: string): Promise<MailRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), template ? eq(mailOutbox.template, template) : undefined))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(50);
}

/** The newest messages to anyone. */
export async function listRecentMail(db: DbOrTx, limit: number): Promise<MailRow[]> {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(limit);
}
