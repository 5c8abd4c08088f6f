import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer } from '../../../test/factories';
import { findFreePort } from '../../db/embedded';
import { createSmtpSender, deliverDueMail, listMailTo, maxDeliveryAttempts } from '.';

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

describe('mail delivery over SMTP', () => {
  it('sends queued mail once, even with two workers polling at the same time', async () => {
    const customer = await registerCustomer(ctx.app);
    const sender = createSmtpSender(`smtp://127.0.0.1:${smtpPort}`);
    try {
      const [a, b] = await Promise.all([
        deliverDueMail(ctx.database.db, sender, 'Shop <shop@example.test>'),
        deliverDueMail(ctx.database.db, sender, 'Shop <shop@example.test>'),
      ]);
      expect(a.sent + b.sent).toBe(1);
      const toCustomer = received.filter((mail) => mail.to.includes(customer.email));
      expect(toCustomer).toHaveLength(1);
      expect(toCustomer[0]?.from).toBe('shop@example.test');
      expect(toCustomer[0]?.data).toContain('Subject: Welcome to My Comptoir store');
      const [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      expect((await deliverDueMail(ctx.database.db, sender, 'shop@example.test')).sent).toBe(0);
    } finally {
      sender.close();
    }
  });

  it('retries with back-off when the server is down, then gives up', async () => {
    const customer = await registerCustomer(ctx.app);
    const deadPort = await findFreePort();
    const sender = createSmtpSender(`smtp://127.0.0.1:${deadPort}`);
    try {
      const first = await deliverDueMail(ctx.database.db, sender, 'shop@example.test');
      expect(first.failed).toBe(1);
      let [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'outbox', attempts: 1 });
      expect(row?.lastError).toBeTruthy();
      expect(row?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
      // Not due yet: nothing is attempted.
      expect(await deliverDueMail(ctx.database.db, sender, 'shop@example.test')).toEqual({
        sent: 0,
        failed: 0,
      });

      for (let attempt = 2; attempt <= maxDeliveryAttempts; attempt++) {
        await ctx.database.pool.query(
          'update mail_outbox set next_attempt_at = now() where to_address = $1',
          [customer.email],
        );
        await deliverDueMail(ctx.database.db, sender, 'shop@example.test');
      }
      [row] = await listMailTo(ctx.database.db, customer.email);
      expect(row).toMatchObject({ status: 'failed', attempts: maxDeliveryAttempts });
    } finally {
      sender.close();
    }
  });
});
