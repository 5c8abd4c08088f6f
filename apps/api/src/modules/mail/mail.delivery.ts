import { eq, sql } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../../db/client';
import { mailOutbox } from './mail.tables';

/** Attempts before a message is marked failed; the job queue backs off exponentially between them. */
export const maxDeliveryAttempts = 10;

/** The job that sends one message of the outbox. */
export const sendMailTask = 'send_mail';

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

function isMailJob(payload: unknown): payload is { mailId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { mailId?: unknown }).mailId === 'string'
  );
}

/**
 * The `send_mail` task: sends one outbox message over SMTP and records the outcome on it. A failure is
 * recorded then thrown, so the queue retries it later; after the last attempt the message is `failed`.
 * A message already sent (a job run twice after a crash between sending and recording) is not sent again.
 */
export function mailTasks(db: Database, sender: MailSender, from: string): Record<string, Task> {
  return {
    [sendMailTask]: async (payload, helpers) => {
      if (!isMailJob(payload)) throw new Error('send_mail: payload without mailId');
      const [mail] = await db
        .update(mailOutbox)
        .set({ status: 'sending', attempts: sql`${mailOutbox.attempts} + 1` })
        .where(sql`${mailOutbox.id} = ${payload.mailId} and ${mailOutbox.status} <> 'sent'`)
        .returning();
      if (!mail) return;
      try {
        await sender.send({
          from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
        });
      } catch (error) {
        const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
        await db
          .update(mailOutbox)
          .set({
            status: lastAttempt ? 'failed' : 'outbox',
            lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          })
          .where(eq(mailOutbox.id, mail.id));
        throw error;
      }
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
    },
  };
}
