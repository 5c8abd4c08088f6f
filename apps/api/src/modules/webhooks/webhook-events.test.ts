import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import {
  checkoutRequest,
  createVariant,
  openShop,
  readyCart,
  testCard,
  variantStock,
} from '../../../test/store-fixtures';
import { checkout } from '../../flows/checkout.flow';
import { getAdminSettings } from '../settings';

// Which changes emit which events, with what data. Endpoints on a public address: events are recorded and
// queued, nothing is delivered here (the delivery tests cover that).
let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
});
afterAll(async () => ctx.close());

interface EventRow {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

async function eventsSince(since: string): Promise<EventRow[]> {
  const { rows } = await ctx.database.pool.query<EventRow>(
    'select id, type, data from webhook_events where id > $1 order by id',
    [since],
  );
  return rows;
}
const latestEventId = async () =>
  (await ctx.database.pool.query<{ id: string | null }>('select max(id) as id from webhook_events')).rows[0]
    ?.id ?? 'evt_';
const post = (url: string, payload: object = {}, headers: Record<string, string> = owner) =>
  ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'idempotency-key': randomUUID() }, payload });

async function subscribe(events: string[]): Promise<string> {
  const response = await post('/admin/webhooks', { url: 'https://203.0.113.10/hooks', events });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function deliveryTypes(endpointId: string): Promise<string[]> {
  const { rows } = await ctx.database.pool.query<{ event_type: string }>(
    'select event_type from webhook_deliveries where endpoint_id = $1',
    [endpointId],
  );
  return rows.map((row) => row.event_type);
}

interface Order {
  id: string;
  number: number;
  guestToken: string;
  items: { id: string }[];
}

describe('webhook events', () => {
  it('writes nothing while no endpoint subscribes', async () => {
    const since = await latestEventId();
    await createVariant(ctx.app, owner, { sku: 'EV-NONE', price: 100 });
    expect(await eventsSince(since)).toEqual([]);
  });

  it('follows an order through payment, fulfilment, refund, return and cancellation', async () => {
    const endpointId = await subscribe([
      'order.created',
      'order.paid',
      'order.fulfilled',
      'order.refunded',
      'order.cancelled',
      'return.requested',
    ]);
    const variantId = await createVariant(ctx.app, owner, { sku: 'EV-ORD', price: 2000, stockOnHand: 20 });
    const since = await latestEventId();
    const order = (
      await checkoutRequest(ctx.app, await readyCart(ctx.app, { variantId, methodId: france }))
    ).json<Order>();
    const shipped = await post(`/admin/orders/${order.id}/shipments`, { carrier: 'Colissimo' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const shipmentId = shipped.json<{ shipments: { id: string }[] }>().shipments[0]?.id;
    await post(`/admin/orders/${order.id}/shipments/${shipmentId}/deliver`);
    const returned = await post(
      `/store/orders/${order.number}/returns?token=${order.guestToken}`,
      { items: [{ lineId: order.items[0]?.id, quantity: 1 }], reason: 'damaged' },
      {},
    );
    expect(returned.statusCode, returned.body).toBe(201);
    const refunded = await post(`/admin/orders/${order.id}/refunds`, { reason: 'Goodwill', amount: 300 });
    expect(refunded.statusCode, refunded.body).toBe(200);

    const other = (
      await checkoutRequest(ctx.app, await readyCart(ctx.app, { variantId, methodId: france }))
    ).json<Order>();
    const cancelled = await post(`/admin/orders/${other.id}/cancel`, { reason: 'Customer asked' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    const events = await eventsSince(since);
    // Ids order events by time to the millisecond; events of one transaction (cancel and its refund) tie.
    expect(events.map((event) => `${event.type} ${event.data.orderId}`).sort()).toEqual(
      [
        `order.created ${order.id}`,
        `order.paid ${order.id}`,
        `order.fulfilled ${order.id}`,
        `return.requested ${order.id}`,
        `order.refunded ${order.id}`,
        `order.created ${other.id}`,
        `order.paid ${other.id}`,
        `order.cancelled ${other.id}`,
        `order.refunded ${other.id}`,
      ].sort(),
    );
    const byType = (type: string, orderId = order.id) =>
      events.find((event) => event.type === type && event.data.orderId === orderId)?.data;
    expect(byType('order.paid')).toMatchObject({ number: order.number, paymentStatus: 'paid' });
    expect(byType('order.fulfilled')).toMatchObject({ fulfillmentStatus: 'fulfilled', carrier: 'Colissimo' });
    expect(byType('order.refunded')).toMatchObject({
      amount: { amount: 300, currency: 'EUR' },
      reason: 'Goodwill',
      paymentStatus: 'partially_refunded',
    });
    expect(byType('return.requested')).toMatchObject({ orderNumber: order.number, reason: 'damaged' });
    expect(byType('order.cancelled', other.id)).toMatchObject({
      status: 'cancelled',
      reason: 'Customer asked',
    });
    expect(byType('order.refunded', other.id)).toMatchObject({ paymentStatus: 'refunded' });

    // One delivery per event, each with its job.
    const { rows } = await ctx.database.pool.query(
      `select count(*)::int as deliveries,
              count(j.id)::int as jobs
         from webhook_deliveries d left join graphile_worker.jobs j on j.key = 'webhook:' || d.id
        where d.endpoint_id = $1`,
      [endpointId],
    );
    expect(rows[0]).toEqual({ deliveries: events.length, jobs: events.length });
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpointId}`, headers: owner });
  });

  it('emits nothing for a change that rolls back', async () => {
    const endpointId = await subscribe(['order.created', 'inventory.low']);
    const events = async () =>
      (await ctx.database.pool.query('select count(*)::int as n from webhook_events')).rows[0].n;
    const jobs = async () =>
      (
        await ctx.database.pool.query(
          "select count(*)::int as n from graphile_worker.jobs where task_identifier = 'deliver_webhook'",
        )
      ).rows[0].n;
    const before = await events();
    const jobsBefore = await jobs();

    // Refused for stock before anything is written.
    const variantId = await createVariant(ctx.app, owner, { sku: 'WH-RARE', price: 900, stockOnHand: 8 });
    const cartId = await readyCart(ctx.app, { variantId, quantity: 3, methodId: france });
    await ctx.database.pool.query('update product_variants set stock_on_hand = 1 where id = $1', [variantId]);
    expect((await checkoutRequest(ctx.app, cartId)).statusCode).toBe(409);
    await ctx.database.pool.query('update product_variants set stock_on_hand = 8 where id = $1', [variantId]);

    // Fails inside the order's transaction, after the order, its stock (8 → 5: inventory.low) and its event were
    // written: the confirmation email's insert is made to fail (a test-only trigger). Stock, order, events,
    // deliveries and jobs all roll back.
    await ctx.database.pool.query(`
      create function fail_rollback_mail() returns trigger language plpgsql as $$
      begin
        if new.to_address = 'rollback@example.test' then raise exception 'mail refused for the test'; end if;
        return new;
      end $$;
      create trigger fail_rollback_mail before insert on mail_outbox
        for each row execute function fail_rollback_mail();`);
    try {
      const doomed = await readyCart(ctx.app, {
        variantId,
        quantity: 3,
        methodId: france,
        email: 'rollback@example.test',
      });
      // Through the checkout flow itself (over HTTP the failure would be an undocumented 500).
      await expect(
        checkout(
          {
            db: ctx.database.db,
            media: ctx.app.media,
            settings: await getAdminSettings(ctx.database.db),
            orderLinkSecret: ctx.jwtSecret,
            storefrontUrl: 'http://localhost:3001',
            log: ctx.app.log,
          },
          {
            cartId: doomed,
            customer: null,
            idempotencyKey: null,
            payment: { provider: 'test-card', card: testCard },
            acceptTerms: false,
          },
        ),
      ).rejects.toMatchObject({ cause: expect.objectContaining({ message: 'mail refused for the test' }) });
    } finally {
      await ctx.database.pool.query(
        'drop trigger fail_rollback_mail on mail_outbox; drop function fail_rollback_mail();',
      );
    }
    expect(await events()).toBe(before);
    expect(await deliveryTypes(endpointId)).toEqual([]);
    expect(await jobs()).toBe(jobsBefore);
    const orders = await ctx.database.pool.query(
      "select count(*)::int as n from orders where email = 'rollback@example.test'",
    );
    expect(orders.rows[0].n).toBe(0);
    expect(await variantStock(ctx, variantId)).toBe(8);

    // The same checkout without the fault emits both.
    const cartAgain = await readyCart(ctx.app, { variantId, quantity: 3, methodId: france });
    expect((await checkoutRequest(ctx.app, cartAgain)).statusCode).toBe(201);
    expect((await deliveryTypes(endpointId)).sort()).toEqual(['inventory.low', 'order.created']);
    await ctx.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpointId}`, headers: owner });
  });

  it('reports product writes, and nothing to an inactive endpoint', async () => {
    const endpointId = await subscribe(['product.created', 'product.updated', 'product.deleted']);
    const since = await latestEventId();
    const created = await post('/admin/products', {
      title: 'Event lamp',
      status: 'active',
      variants: [{ sku: 'EV-LAMP', price: 3000 }],
    });
    const product = created.json<{ id: string; version: number }>();
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: owner,
      payload: { version: product.version, title: 'Event lamp 2' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: owner,
      payload: { version: product.version, title: 'Lost update' },
    });
    expect(stale.statusCode).toBe(409);
    await post('/admin/products/bulk', {
      ids: [product.id],
      action: { type: 'set_status', status: 'draft' },
    });
    expect(
      (await ctx.app.inject({ method: 'DELETE', url: `/admin/products/${product.id}`, headers: owner }))
        .statusCode,
    ).toBe(204);
    const events = await eventsSince(since);
    expect(
      events.map((event) => [event.type, event.data.productId, event.data.title, event.data.status]),
    ).toEqual([
      ['product.created', product.id, 'Event lamp', 'active'],
      ['product.updated', product.id, 'Event lamp 2', 'active'],
      ['product.updated', product.id, 'Event lamp 2', 'draft'],
      ['product.deleted', product.id, 'Event lamp 2', 'draft'],
    ]);

    const endpoint = (
      await ctx.app.inject({ method: 'GET', url: `/admin/webhooks/${endpointId}`, headers: owner })
    ).json<{ version: number }>();
    await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/webhooks/${endpointId}`,
      headers: owner,
      payload: { version: endpoint.version, active: false },
    });
    const later = await latestEventId();
    await createVariant(ctx.app, owner, { sku: 'EV-OFF', price: 100 });
    expect(await eventsSince(later)).toEqual([]);
  });
});
