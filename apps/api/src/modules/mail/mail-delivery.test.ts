import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer } from '../../../test/factories';
import { findFreePort } from '../../db/embedded';
import { runDueJobs } from '../jobs';
import { createSmtpSender, listMailTo, mailTasks, maxDeliveryAttempts, sendMailTask } from '.';

interface Received {
  from: string;
  to: string[];
  data: string;
}

let ctx: TestContext;
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];

beforeAll(async () => {
  ctx = await buildTestApp();
  smtpPort = await findFreePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await ctx.close();
});

const from = 'Shop <shop@example.test>';

describe('mail delivery over SMTP, by the job queue', () => {
  it('sends a queued message once, even with two workers taking jobs at the same time', async () => {
    const customer = await registerCustomer(ctx.app);
    const sender = createSmtpSender(`smtp://127.0.0.1:${smtpPort}`);
    try {
      const tasks = mailTasks(ctx.database.db, sender, from);
      await Promise.all([runDueJobs(ctx.database.pool, tasks), runDueJobs(ctx.database.pool, tasks)]);
      const toCustomer = received.filter((mail) => mail.to.includes(customer.email));
      expect(toCustomer).toHaveLength(1);
      expect(toCustomer[0]?.from).toBe('shop@example.test');
      expect(toCustomer[0]?.data).toContain('Subject: Welcome to My Comptoir store');
      const [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      await runDueJobs(ctx.database.pool, tasks);
      expect(received.filter((mail) => mail.to.includes(customer.email))).toHaveLength(1);
    } finally {
      sender.close();
    }
  });

  it('retries with back-off when the server is down, then marks the message failed', async () => {
    const customer = await registerCustomer(ctx.app);
    const deadPort = await findFreePort();
    const sender = createSmtpSender(`smtp://127.0.0.1:${deadPort}`);
    const jobOf = async () =>
      (
        await ctx.database.pool.query<{ id: string; attempts: number; run_at: Date; locked_at: Date | null }>(
          `select id, attempts, run_at, locked_at from graphile_worker.jobs
           where task_identifier = $1 and key = 'mail:' || (select id from mail_outbox where to_address = $2)`,
          [sendMailTask, customer.email],
        )
      ).rows[0];
    // The queue records a failure shortly after the run returns (it batches those writes): wait for it.
    const runAndSettle = async (tasks: ReturnType<typeof mailTasks>) => {
      await runDueJobs(ctx.database.pool, tasks);
      for (let wait = 0; wait < 100 && (await jobOf())?.locked_at; wait++)
        await new Promise((resolve) => setTimeout(resolve, 20));
    };
    try {
      const tasks = mailTasks(ctx.database.db, sender, from);
      await runAndSettle(tasks);
      let [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'outbox', attempts: 1 });
      expect(row?.lastError).toBeTruthy();
      const job = await jobOf();
      expect(job?.attempts).toBe(1);
      // Backed off: not due again at once.
      expect(job?.run_at.getTime()).toBeGreaterThan(Date.now());
      await runAndSettle(tasks);
      expect((await listMailTo(ctx.database.db, customer.email))[0]?.attempts).toBe(1);

      // Skip the back-off: make the job due again until every attempt is spent.
      for (let round = 0; round < 50; round++) {
        const current = await jobOf();
        if (!current || current.attempts >= maxDeliveryAttempts) break;
        await ctx.database.pool.query(
          'select graphile_worker.reschedule_jobs(array[$1::bigint], run_at => now())',
          [current.id],
        );
        await runAndSettle(tasks);
      }
      [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'failed', attempts: maxDeliveryAttempts });
      expect((await jobOf())?.attempts).toBe(maxDeliveryAttempts);
    } finally {
      sender.close();
    }
  });
});
