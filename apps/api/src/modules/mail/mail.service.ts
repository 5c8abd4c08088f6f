import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { enqueueJob } from '../jobs';
import { maxDeliveryAttempts, sendMailTask } from './mail.delivery';
import { type MailRow, mailOutbox } from './mail.tables';
import type { RenderedMail } from './mail.templates';

/**
 * Queues an email in the outbox with the job that sends it, inside the caller's transaction: both exist if
 * and only if the change that caused them committed.
 */
export async function queueMail(db: DbOrTx, to: string, mail: RenderedMail): Promise<void> {
  const id = newId('mail');
  await db.insert(mailOutbox).values({
    id,
    toAddress: to,
    template: mail.template,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
  });
  await enqueueJob(
    db,
    sendMailTask,
    { mailId: id },
    { maxAttempts: maxDeliveryAttempts, jobKey: `mail:${id}` },
  );
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
