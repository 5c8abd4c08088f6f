import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import {
  checkoutRequest,
  createVariant,
  readyCart,
  setUpShippingAndTaxes,
} from '../../../test/store-fixtures';
import { runDueJobs } from '../jobs';
import { deliverWebhook, webhookSecretKey, webhookTasks } from '.';

/** A webhook receiver on 127.0.0.1, as an integrator would run one: it records what arrives. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let answer = 200;

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer, { 'content-type': 'text/plain' });
      response.end(answer >= 400 ? `receiver error ${'x'.repeat(1000)}` : 'ok');
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  ctx = await buildTestApp({ config: { webhooks: { allowPrivateNetworks: true } } });
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
  ({ france } = await setUpShippingAndTaxes(ctx.app, owner));
});
afterAll(async () => {
  await ctx.close();
  receiver.close();
});
beforeEach(() => {
  received = [];
  answer = 200;
});

const deps = () => ({
  db: ctx.database.db,
  secretKey: webhookSecretKey(ctx.jwtSecret),
  allowPrivateNetworks: true,
});
const runJobs = () => runDueJobs(ctx.database.pool, webhookTasks(deps()));

async function createEndpoint(events: string[]): Promise<{ id: string; secret: string }> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: receiverUrl, events },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; secret: string }>();
}

async function deliveriesOf(endpointId: string) {
  return (
    await ctx.app.inject({ method: 'GET', url: `/admin/webhooks/${endpointId}/deliveries`, headers: owner })
  ).json<{
    items: {
      id: string;
      eventId: string;
      eventType: string;
      status: string;
      attempts: number;
      nextAttemptAt: string | null;
      lastStatusCode: number | null;
      lastError: string | null;
    }[];
  }>().items;
}

const deliveryDetail = async (id: string) =>
  (await ctx.app.inject({ method: 'GET', url: `/admin/webhooks/deliveries/${id}`, headers: owner })).json<{
    status: string;
    attempts: number;
    nextAttemptAt: string | null;
    deliveredAt: string | null;
    attemptLog: { at: string; statusCode: number | null; durationMs: number; error: string | null }[];
  }>();

/** Verifies a delivery exactly as an integrator would: HMAC-SHA256 of "<timestamp>.<raw body>". */
function signaturesValid(delivery: Received, secret: string): boolean {
  const timestamp = String(delivery.headers['comptoir-webhook-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest();
  return String(delivery.headers['comptoir-webhook-signature'])
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

async function nextJobRunAt(deliveryId: string): Promise<Date | undefined> {
  const { rows } = await ctx.database.pool.query<{ run_at: Date }>(
    'select run_at from graphile_worker.jobs where key = $1',
    [`webhook:${deliveryId}`],
  );
  return rows[0]?.run_at;
}

describe('webhook delivery', () => {
  it('delivers order.created from a checkout, signed, to the receiver', async () => {
    const endpoint = await createEndpoint(['order.created']);
    const variantId = await createVariant(ctx.app, owner, { sku: 'WH-MUG', price: 1200, stockOnHand: 10 });
    const cartId = await readyCart(ctx.app, { variantId, quantity: 2, methodId: france });
    const checkout = await checkoutRequest(ctx.app, cartId);
    expect(checkout.statusCode, checkout.body).toBe(201);
    const order = checkout.json<{ id: string; number: number; totals: { total: { amount: number } } }>();

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ eventType: 'order.created', status: 'pending', attempts: 0 });
    const before = Math.floor(Date.now() / 1000);
    await runJobs();
    expect(received).toHaveLength(1);
    const [request] = received;
    if (!request) throw new Error('nothing received');
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Comptoir-Webhooks/1',
      'comptoir-webhook-id': delivery?.eventId,
    });
    const timestamp = Number(request.headers['comptoir-webhook-timestamp']);
    expect(Math.abs(timestamp - before)).toBeLessThanOrEqual(5);
    expect(signaturesValid(request, endpoint.secret)).toBe(true);
    expect(signaturesValid({ ...request, body: `${request.body} ` }, endpoint.secret)).toBe(false);
    expect(signaturesValid(request, 'whsec_wrong')).toBe(false);
    const event = JSON.parse(request.body);
    expect(event).toMatchObject({
      id: delivery?.eventId,
      type: 'order.created',
      data: {
        orderId: order.id,
        number: order.number,
        status: 'confirmed',
        totals: { total: { amount: order.totals.total.amount, currency: 'EUR' } },
        items: [{ variantId, sku: 'WH-MUG', quantity: 2, unitPrice: { amount: 1200, currency: 'EUR' } }],
      },
    });
    expect(new Date(event.createdAt).toString()).not.toBe('Invalid Date');

    expect(await deliveryDetail(delivery?.id ?? '')).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      nextAttemptAt: null,
      attemptLog: [{ statusCode: 200, error: null }],
    });
    const shown = (
      await ctx.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}`, headers: owner })
    ).json<{ lastDelivery: { status: string } }>();
    expect(shown.lastDelivery.status).toBe('succeeded');
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  });

  it('retries a failing receiver with back-off, succeeds once it recovers, fails after 24 h', async () => {
    const endpoint = await createEndpoint(['customer.created']);
    const registered = await ctx.app.inject({
      method: 'POST',
      url: '/store/auth/register',
      payload: {
        email: 'hooked@example.test',
        password: 'Pw-long-enough-1',
        firstName: 'Ana',
        lastName: 'Lee',
      },
    });
    expect(registered.statusCode).toBe(201);
    const [delivery] = await deliveriesOf(endpoint.id);
    if (!delivery) throw new Error('no delivery');

    answer = 500;
    const start = Date.now();
    await runJobs();
    expect(received).toHaveLength(1);
    const failed = await deliveryDetail(delivery.id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, deliveredAt: null });
    expect(failed.attemptLog).toHaveLength(1);
    expect(failed.attemptLog[0]?.statusCode).toBe(500);
    expect(failed.attemptLog[0]?.error).toMatch(/^HTTP 500: receiver error x+/);
    expect(failed.attemptLog[0]?.error?.length).toBeLessThanOrEqual(500);
    // The next attempt in a minute, as a job the task queued itself (one job: graphile does not retry too).
    const next = new Date(failed.nextAttemptAt ?? 0).getTime();
    expect(next - start).toBeGreaterThanOrEqual(59_000);
    expect(next - start).toBeLessThan(65_000);
    expect((await nextJobRunAt(delivery.id))?.getTime()).toBe(next);
    await runJobs();
    expect(received).toHaveLength(1);

    // The second failure waits two minutes.
    expect(await deliverWebhook(deps(), delivery.id)).toBe('pending');
    const second = await deliveryDetail(delivery.id);
    expect(new Date(second.nextAttemptAt ?? 0).getTime() - Date.now()).toBeGreaterThan(110_000);
    expect(second.attempts).toBe(2);

    answer = 204;
    await ctx.database.pool.query(
      'select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where key = $1), run_at => now())',
      [`webhook:${delivery.id}`],
    );
    await runJobs();
    const recovered = await deliveryDetail(delivery.id);
    expect(recovered).toMatchObject({ status: 'succeeded', attempts: 3, nextAttemptAt: null });
    expect(recovered.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 500, 204]);
    expect(JSON.parse(received.at(-1)?.body ?? '{}')).toMatchObject({
      type: 'customer.created',
      data: { email: 'hooked@example.test', firstName: 'Ana' },
    });

    // Redelivery: a new cycle of the same event, which now fails past 24 h after its first attempt.
    const redeliver = await ctx.app.inject({
      method: 'POST',
      url: `/admin/webhooks/deliveries/${delivery.id}/redeliver`,
      headers: owner,
    });
    expect(redeliver.statusCode).toBe(202);
    expect(redeliver.json()).toMatchObject({ id: delivery.id, eventId: delivery.eventId, status: 'pending' });
    answer = 503;
    await runJobs();
    expect((await deliveryDetail(delivery.id)).status).toBe('pending');
    await ctx.database.pool.query(
      "update webhook_deliveries set cycle_started_at = now() - interval '25 hours' where id = $1",
      [delivery.id],
    );
    expect(await deliverWebhook(deps(), delivery.id)).toBe('failed');
    const gaveUp = await deliveryDetail(delivery.id);
    expect(gaveUp).toMatchObject({ status: 'failed', attempts: 5, nextAttemptAt: null });
    expect(received.map((request) => request.headers['comptoir-webhook-id'])).toEqual(
      Array(received.length).fill(delivery.eventId),
    );
    // A failed delivery is not attempted again by a stray job.
    expect(await deliverWebhook(deps(), delivery.id)).toBe('failed');

    answer = 200;
    await ctx.app.inject({
      method: 'POST',
      url: `/admin/webhooks/deliveries/${delivery.id}/redeliver`,
      headers: owner,
    });
    await runJobs();
    expect((await deliveryDetail(delivery.id)).status).toBe('succeeded');
  });

  it('signs with both secrets during a rotation', async () => {
    const endpoint = await createEndpoint(['product.created']);
    const rotated = (
      await ctx.app.inject({
        method: 'POST',
        url: `/admin/webhooks/${endpoint.id}/rotate-secret`,
        headers: owner,
      })
    ).json<{ secret: string }>();
    await createVariant(ctx.app, owner, { sku: 'WH-ROT', price: 500 });
    await runJobs();
    const [request] = received;
    if (!request) throw new Error('nothing received');
    const signatures = String(request.headers['comptoir-webhook-signature']).split(', ');
    expect(signatures).toHaveLength(2);
    const timestamp = request.headers['comptoir-webhook-timestamp'];
    const sign = (secret: string) =>
      `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
    expect(signatures).toEqual([sign(rotated.secret), sign(endpoint.secret)]);
    expect(JSON.parse(request.body)).toMatchObject({
      type: 'product.created',
      data: { title: 'Product WH-ROT' },
    });

    // Once the previous secret expires, one signature.
    await ctx.database.pool.query(
      "update webhook_endpoints set previous_secret_expires_at = now() - interval '1 second' where id = $1",
      [endpoint.id],
    );
    const ping = await ctx.app.inject({
      method: 'POST',
      url: `/admin/webhooks/${endpoint.id}/ping`,
      headers: owner,
    });
    expect(ping.statusCode).toBe(202);
    await runJobs();
    const pinged = received[1];
    expect(JSON.parse(pinged?.body ?? '{}').type).toBe('webhook.ping');
    expect(String(pinged?.headers['comptoir-webhook-signature']).split(', ')).toHaveLength(1);
    expect(pinged && signaturesValid(pinged, rotated.secret)).toBe(true);
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  });

  it('sends inventory.low when stock falls to the threshold, not while it stays low', async () => {
    const endpoint = await createEndpoint(['inventory.low']);
    const variantId = await createVariant(ctx.app, owner, { sku: 'WH-LOW', price: 700, stockOnHand: 8 });
    const adjust = (delta: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/admin/inventory/adjustments',
        headers: owner,
        payload: { reason: 'damaged', items: [{ variantId, delta }] },
      });
    expect((await adjust(-2)).statusCode).toBe(200); // 6: above the default threshold of 5
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    await adjust(-1); // 5: low
    await adjust(-1); // 4: still low, no new event
    const cartId = await readyCart(ctx.app, { variantId, quantity: 1, methodId: france });
    expect((await checkoutRequest(ctx.app, cartId)).statusCode).toBe(201); // a sale: 3, still low
    const deliveries = await deliveriesOf(endpoint.id);
    expect(deliveries).toHaveLength(1);
    await runJobs();
    expect(JSON.parse(received[0]?.body ?? '{}')).toMatchObject({
      type: 'inventory.low',
      data: { variantId, sku: 'WH-LOW', stockOnHand: 5, lowStockThreshold: 5 },
    });
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  });

  it('connects to the address the guard checked, whatever a second DNS answer would say', async () => {
    const endpoint = await createEndpoint(['customer.created']);
    const port = (receiver.address() as AddressInfo).port;
    await ctx.database.pool.query('update webhook_endpoints set url = $1 where id = $2', [
      `http://hooks.comptoir.test:${port}/hooks`,
      endpoint.id,
    ]);
    const { deliveryId } = (
      await ctx.app.inject({ method: 'POST', url: `/admin/webhooks/${endpoint.id}/ping`, headers: owner })
    ).json<{ deliveryId: string }>();
    const lookups: string[] = [];
    const resolve = async (host: string) => {
      lookups.push(host);
      return [{ address: '127.0.0.1', family: 4 as const }];
    };
    expect(await deliverWebhook({ ...deps(), resolve }, deliveryId)).toBe('succeeded');
    expect(lookups).toEqual(['hooks.comptoir.test']);
    expect(received[0]?.headers.host).toBe(`hooks.comptoir.test:${port}`);
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  });

  it('refuses at delivery time an endpoint that now resolves inside the network', async () => {
    const endpoint = await createEndpoint(['customer.created']);
    const ping = await ctx.app.inject({
      method: 'POST',
      url: `/admin/webhooks/${endpoint.id}/ping`,
      headers: owner,
    });
    const { deliveryId } = ping.json<{ deliveryId: string }>();
    // The store stopped allowing private networks after the endpoint was saved.
    expect(await deliverWebhook({ ...deps(), allowPrivateNetworks: false }, deliveryId)).toBe('pending');
    expect(received).toHaveLength(0);
    const detail = await deliveryDetail(deliveryId);
    expect(detail.attemptLog[0]?.error).toMatch(/^Refused: .*internal address/);
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  });
});
