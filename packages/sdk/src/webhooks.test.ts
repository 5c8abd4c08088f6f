import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from './webhooks';

const secret = 'whsec_test_0123456789';
const rawBody = JSON.stringify({
  id: 'evt_1',
  type: 'order.created',
  createdAt: '2026-11-24T10:00:00.000Z',
  data: { number: 1042 },
});
const at = new Date('2026-11-24T10:00:30Z');
const timestamp = String(Math.floor(at.getTime() / 1000) - 30);
const sign = (key: string, body = rawBody, time = timestamp) =>
  createHmac('sha256', key).update(`${time}.${body}`).digest('hex');

describe('verifyWebhook', () => {
  it('accepts a delivery signed with the secret, from a Headers object or a plain record', async () => {
    const headers = {
      'comptoir-webhook-timestamp': timestamp,
      'comptoir-webhook-signature': `v1=${sign(secret)}`,
    };
    const checked = await verifyWebhook({ rawBody, headers, secret, now: at });
    expect(checked).toEqual({ ok: true, event: JSON.parse(rawBody) });
    const fromHeaders = await verifyWebhook({ rawBody, headers: new Headers(headers), secret, now: at });
    expect(fromHeaders.ok).toBe(true);
  });

  it('accepts either signature while the secret is rotated', async () => {
    const headers = {
      'Comptoir-Webhook-Timestamp': timestamp,
      'Comptoir-Webhook-Signature': `v1=${sign('whsec_new')}, v1=${sign(secret)}`,
    };
    expect((await verifyWebhook({ rawBody, headers, secret, now: at })).ok).toBe(true);
    expect((await verifyWebhook({ rawBody, headers, secret: 'whsec_new', now: at })).ok).toBe(true);
  });

  it('refuses a wrong secret, a changed body, an old timestamp and missing headers', async () => {
    const headers = {
      'comptoir-webhook-timestamp': timestamp,
      'comptoir-webhook-signature': `v1=${sign(secret)}`,
    };
    expect(await verifyWebhook({ rawBody, headers, secret: 'whsec_other', now: at })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(
      await verifyWebhook({ rawBody: rawBody.replace('1042', '1043'), headers, secret, now: at }),
    ).toEqual({ ok: false, reason: 'bad_signature' });
    expect(
      await verifyWebhook({ rawBody, headers, secret, now: new Date(at.getTime() + 10 * 60_000) }),
    ).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(await verifyWebhook({ rawBody, headers: {}, secret, now: at })).toEqual({
      ok: false,
      reason: 'missing_headers',
    });
  });
});
