import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../../db/client';
import { type MailRow, mailOutbox } from './mail.tables';

/** Attempts before a message is marked failed; retries back off exponentially (1 min, 2, 4, … ≈ 4 h in all). */
export const maxDeliveryAttempts = 8;
/** A message left in `sending` this long (the process died mid-send) is picked up again. */
const sendingTimeoutMs = 10 * 60_000;

export interface MailSender {
  send(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<void>;
  close(): void;
}

/** An SMTP sender (nodemailer) for `smtp://user:pass@host:port` or `smtps://…` URLs. */
export function createSmtpSender(url: string): MailSender {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

/**
 * Claims due messages (FOR UPDATE SKIP LOCKED: several API instances never send one twice), sends them
 * outside any transaction, then records the outcome. Returns how many were sent.
 */
export async function deliverDueMail(
  db: Database,
  sender: MailSender,
  from: string,
  batchSize = 20,
): Promise<{ sent: number; failed: number }> {
  const claimed: MailRow[] = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        or(
          and(eq(mailOutbox.status, 'outbox'), lte(mailOutbox.nextAttemptAt, sql`now()`)),
          and(
            eq(mailOutbox.status, 'sending'),
            lte(mailOutbox.nextAttemptAt, sql`now() - ${`${sendingTimeoutMs} milliseconds`}::interval`),
          ),
        ),
      )
      .orderBy(mailOutbox.nextAttemptAt)
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({ status: 'sending', nextAttemptAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1` })
      .where(
        inArray(
          mailOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await sender.send({
        from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      });
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      sent++;
    } catch (error) {
      failed++;
      const giveUp = mail.attempts >= maxDeliveryAttempts;
      const backoffMs = 60_000 * 2 ** (mail.attempts - 1);
      await db
        .update(mailOutbox)
        .set({
          status: giveUp ? 'failed' : 'outbox',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffMs),
        })
        .where(eq(mailOutbox.id, mail.id));
    }
  }
  return { sent, failed };
}

/** Polls the outbox every `intervalMs` while the API runs; `stop()` waits for the batch in progress. */
export function startMailWorker(
  db: Database,
  sender: MailSender,
  options: { from: string; intervalMs?: number; onError?: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = deliverDueMail(db, sender, options.from).catch((error: unknown) => options.onError?.(error));
  };
  const timer = setInterval(tick, options.intervalMs ?? 2_000);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      sender.close();
    },
  };
}
