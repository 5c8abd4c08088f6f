import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { checkoutRequest, createVariant, openShop, readyCart, testCard } from '../../../test/store-fixtures';
import { iterateAdminOrders } from './admin-orders.service';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  await ctx.app.inject({
    method: 'PATCH',
    url: '/admin/settings',
    headers: owner,
    payload: { paymentCapture: 'manual' },
  });
});
afterAll(async () => ctx.close());

interface AdminOrder {
  id: string;
  number: number;
  status: string;
  paymentStatus: string;
  payment: { status: string };
  allowedActions: string[];
  events: { kind: string; message: string; actor: { name: string } | null }[];
}

const stockOf = async (variantId: string) =>
  (await ctx.database.pool.query('select stock_on_hand from product_variants where id = $1', [variantId]))
    .rows[0]?.stock_on_hand;

async function placeOrder(
  sku: string,
  options: { payment?: object; email?: string; quantity?: number } = {},
) {
  const variantId = await createVariant(ctx.app, owner, { sku, price: 2500, stockOnHand: 10 });
  const cartId = await readyCart(ctx.app, {
    variantId,
    methodId: france,
    quantity: options.quantity ?? 2,
    ...(options.email ? { email: options.email } : {}),
  });
  const response = await checkoutRequest(
    ctx.app,
    cartId,
    options.payment ? { payment: options.payment } : {},
  );
  expect(response.statusCode, response.body).toBe(201);
  return { order: response.json<{ id: string; number: number }>(), variantId };
}

const post = (url: string, payload: object = {}, headers = owner) =>
  ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'idempotency-key': randomUUID() }, payload });

describe('admin orders', () => {
  it('card order with manual capture: capture once, then cancelling refunds and restocks', async () => {
    const { order, variantId } = await placeOrder('AO-CARD');
    expect(await stockOf(variantId)).toBe(8);
    const detail = await ctx.app.inject({ method: 'GET', url: `/admin/orders/${order.id}`, headers: owner });
    expect(detail.json<AdminOrder>()).toMatchObject({
      paymentStatus: 'authorized',
      allowedActions: ['capture', 'ship', 'cancel'],
    });

    const captured = await post(`/admin/orders/${order.id}/capture`);
    expect(captured.statusCode, captured.body).toBe(200);
    expect(captured.json<AdminOrder>()).toMatchObject({
      paymentStatus: 'paid',
      payment: { status: 'captured' },
      allowedActions: ['ship', 'refund', 'cancel'],
    });
    expect(captured.json<AdminOrder>().events[0]).toMatchObject({
      kind: 'payment_captured',
      actor: { name: expect.any(String) },
    });
    const twice = await post(`/admin/orders/${order.id}/capture`);
    expect([twice.statusCode, twice.json().code, twice.json().detail]).toEqual([
      409,
      'invalid_transition',
      'The payment is already captured.',
    ]);

    const noReason = await post(`/admin/orders/${order.id}/cancel`, {});
    expect(noReason.statusCode).toBe(400);
    const cancelled = await post(`/admin/orders/${order.id}/cancel`, {
      reason: 'Customer changed their mind',
    });
    expect(cancelled.json<AdminOrder>()).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'refunded',
      payment: { status: 'refunded' },
      allowedActions: [],
    });
    expect(cancelled.json<AdminOrder>().events[0]?.message).toContain('refunded');
    expect(await stockOf(variantId)).toBe(10);
    const again = await post(`/admin/orders/${order.id}/cancel`, { reason: 'again' });
    expect([again.statusCode, again.json().detail]).toEqual([409, 'This order is cancelled.']);
    expect(await stockOf(variantId)).toBe(10);
  });

  it('a payment provider that fails is a 502 and leaves the order as it was', async () => {
    const { order, variantId } = await placeOrder('AO-DOWN', {
      payment: { provider: 'test-card', card: { ...testCard, number: '4000000000000341' } },
    });
    for (const attempt of [
      post(`/admin/orders/${order.id}/capture`),
      post(`/admin/orders/${order.id}/shipments`, { carrier: 'DHL' }),
      post(`/admin/orders/${order.id}/cancel`, { reason: 'Customer asked' }),
    ]) {
      const response = await attempt;
      expect([response.statusCode, response.json().code]).toEqual([502, 'payment_failed']);
      expect(response.body).not.toContain('unavailable');
    }
    const detail = await ctx.app.inject({ method: 'GET', url: `/admin/orders/${order.id}`, headers: owner });
    expect(detail.json<AdminOrder & { shipments: unknown[] }>()).toMatchObject({
      status: 'confirmed',
      paymentStatus: 'authorized',
      shipments: [],
    });
    expect(await stockOf(variantId)).toBe(8);
  });

  it('exports the filtered orders as CSV, in batches', async () => {
    const email = `export-${randomUUID().slice(0, 8)}@example.test`;
    const first = await placeOrder('AO-CSV-1', { email, quantity: 1 });
    const second = await placeOrder('AO-CSV-2', { email, quantity: 3 });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/admin/orders/export.csv?q=${encodeURIComponent(email)}`,
      headers: owner,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      'number,placed_at,status,payment_status,fulfillment_status,customer,email,shipping_country,items,currency,subtotal,discount,shipping,tax,total',
    );
    const detail = await ctx.app.inject({
      method: 'GET',
      url: `/admin/orders/${second.order.id}`,
      headers: owner,
    });
    const total = detail.json<{ totals: { total: { amount: number } } }>().totals.total.amount;
    expect(rows).toHaveLength(2);
    expect(rows[0]?.split(',')).toEqual([
      String(second.order.number),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      'confirmed',
      'authorized',
      'unfulfilled',
      'Camille Durand',
      email,
      'FR',
      '3',
      'EUR',
      '75.00',
      '0.00',
      expect.any(String),
      expect.any(String),
      `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`,
    ]);
    expect(rows[1]?.startsWith(`${first.order.number},`)).toBe(true);
    // Batches follow each other by id: with batches of one, the same two orders, newest first.
    const batches: number[][] = [];
    for await (const batch of iterateAdminOrders(ctx.database.db, { q: email }, 1))
      batches.push(batch.map((order) => order.number));
    expect(batches).toEqual([[second.order.number], [first.order.number]]);
    const support = await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager');
    const refused = await ctx.app.inject({
      method: 'GET',
      url: '/admin/orders/export.csv',
      headers: support.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('manual payment: mark paid; cancelling without restock keeps the stock as it is', async () => {
    const { order, variantId } = await placeOrder('AO-BANK', { payment: { provider: 'manual' } });
    const capture = await post(`/admin/orders/${order.id}/capture`);
    expect(capture.statusCode).toBe(409);
    const paid = await post(`/admin/orders/${order.id}/mark-paid`, { note: 'Transfer ref 42' });
    expect(paid.json<AdminOrder>()).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(paid.json<AdminOrder>().events[0]?.message).toContain('Transfer ref 42');
    const note = await post(`/admin/orders/${order.id}/notes`, { text: 'Gift wrap please' });
    expect(note.json<AdminOrder>().events.map((event) => event.kind)).toEqual([
      'note',
      'marked_paid',
      'placed',
    ]);
    await post(`/admin/orders/${order.id}/cancel`, { reason: 'Fraud suspicion', restock: false });
    expect(await stockOf(variantId)).toBe(8);
  });

  it('concurrent cancellations restock once', async () => {
    const { order, variantId } = await placeOrder('AO-RACE', { quantity: 3 });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/admin/orders/${order.id}/cancel`, { reason: 'Out of business' }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await stockOf(variantId)).toBe(10);
  });

  it('lists with filters and sorts, and needs orders permissions', async () => {
    const email = `list-${randomUUID().slice(0, 6)}@example.test`;
    const { order } = await placeOrder('AO-LIST', { email, quantity: 4 });
    const list = (query: string) =>
      ctx.app
        .inject({ method: 'GET', url: `/admin/orders?${query}`, headers: owner })
        .then((response) => response.json());
    expect((await list(`q=${email}`)).items).toEqual([
      expect.objectContaining({
        id: order.id,
        itemCount: 4,
        customerName: 'Camille Durand',
        paymentStatus: 'authorized',
      }),
    ]);
    expect((await list(`q=%23${order.number}`)).items.map((item: { id: string }) => item.id)).toEqual([
      order.id,
    ]);
    expect((await list('status=cancelled')).total).toBeGreaterThanOrEqual(2);
    const byTotal = (await list('sort=total_desc&limit=2')).items.map(
      (item: { total: { amount: number } }) => item.total.amount,
    );
    expect(byTotal[0]).toBeGreaterThanOrEqual(byTotal[1]);
    const newest = await list('limit=1');
    const next = await list(`limit=1&cursor=${newest.nextCursor}`);
    expect(next.items[0].id < newest.items[0].id).toBe(true);
    expect((await list('minTotal=1000000')).total).toBe(0);

    const analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/orders', headers: analyst })).statusCode).toBe(
      200,
    );
    expect((await post(`/admin/orders/${order.id}/capture`, {}, analyst)).statusCode).toBe(403);
    const catalog = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/orders', headers: catalog })).statusCode).toBe(
      403,
    );
  });

  it('ships partially then fully (capturing on the first parcel), emails tracking, completes on delivery', async () => {
    const variantA = await createVariant(ctx.app, owner, { sku: 'AO-SHIP-A', price: 1000, stockOnHand: 10 });
    const variantB = await createVariant(ctx.app, owner, { sku: 'AO-SHIP-B', price: 500, stockOnHand: 10 });
    const email = `ship-${randomUUID().slice(0, 6)}@example.test`;
    const cartId = await readyCart(ctx.app, { variantId: variantA, quantity: 2, methodId: france, email });
    await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cartId}/items`,
      payload: { variantId: variantB, quantity: 1 },
    });
    const placed = (await checkoutRequest(ctx.app, cartId)).json<{
      id: string;
      number: number;
      items: { id: string }[];
      guestToken: string;
    }>();
    const [lineA] = placed.items;
    const url = `/admin/orders/${placed.id}/shipments`;

    const tooMany = await post(url, { carrier: 'Colissimo', items: [{ lineId: lineA?.id, quantity: 3 }] });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors).toEqual([{ path: 'items.0.quantity', message: 'Only 2 left to ship.' }]);
    const cancelNow = await post(`/admin/orders/${placed.id}/cancel`, { reason: 'x' });
    expect(cancelNow.statusCode).toBe(200);
    expect(cancelNow.json<AdminOrder>().status).toBe('cancelled');
    expect((await post(url, { carrier: 'Colissimo' })).json().detail).toBe('This order is cancelled.');

    // A second order to ship for real.
    const cart2 = await readyCart(ctx.app, { variantId: variantA, quantity: 2, methodId: france, email });
    await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cart2}/items`,
      payload: { variantId: variantB, quantity: 1 },
    });
    const order = (await checkoutRequest(ctx.app, cart2)).json<{
      id: string;
      number: number;
      items: { id: string }[];
      guestToken: string;
    }>();
    const shipUrl = `/admin/orders/${order.id}/shipments`;
    const first = await post(shipUrl, {
      carrier: 'Colissimo',
      trackingNumber: '6A123',
      trackingUrl: 'https://track.example/6A123',
      items: [{ lineId: order.items[0]?.id, quantity: 1 }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<AdminOrder>()).toMatchObject({
      fulfillmentStatus: 'partially_fulfilled',
      paymentStatus: 'paid',
      payment: { status: 'captured' },
      allowedActions: ['ship', 'refund'],
    });
    const refusedCancel = await post(`/admin/orders/${order.id}/cancel`, { reason: 'too late' });
    expect([refusedCancel.statusCode, refusedCancel.json().detail]).toEqual([
      409,
      'Orders that have shipped cannot be cancelled; refund them instead.',
    ]);
    const rest = await post(shipUrl, { carrier: 'Colissimo', trackingNumber: '6A124' });
    const shipped = rest.json<AdminOrder & { shipments: { id: string; items: unknown[] }[] }>();
    expect(shipped).toMatchObject({ fulfillmentStatus: 'fulfilled', allowedActions: ['refund'] });
    expect(shipped.shipments.map((shipment) => shipment.items)).toEqual([
      [{ lineId: order.items[0]?.id, quantity: 1 }],
      [
        { lineId: order.items[0]?.id, quantity: 1 },
        { lineId: order.items[1]?.id, quantity: 1 },
      ],
    ]);
    expect((await post(shipUrl, { carrier: 'X' })).json().detail).toBe(
      'Everything in this order has already shipped.',
    );

    const mails = await ctx.database.pool.query(
      "select subject, text_body from mail_outbox where to_address = $1 and template = 'order_shipped' order by created_at",
      [email],
    );
    expect(mails.rows).toHaveLength(2);
    expect(mails.rows[0].text_body).toContain('Tracking number: 6A123');
    expect(mails.rows[0].text_body).toContain('the rest follows');

    // The customer sees the tracking through their link.
    const customerView = await ctx.app.inject({
      method: 'GET',
      url: `/store/orders/${order.number}?token=${order.guestToken}`,
    });
    expect(customerView.json().shipments[0]).toMatchObject({
      trackingNumber: '6A123',
      trackingUrl: 'https://track.example/6A123',
      status: 'shipped',
    });

    const [one, two] = shipped.shipments;
    const firstDelivered = await post(`/admin/orders/${order.id}/shipments/${one?.id}/deliver`);
    expect(firstDelivered.json<AdminOrder>().status).toBe('confirmed');
    const done = await post(`/admin/orders/${order.id}/shipments/${two?.id}/deliver`);
    expect(done.json<AdminOrder>().status).toBe('completed');
    expect((await post(`/admin/orders/${order.id}/shipments/${two?.id}/deliver`)).statusCode).toBe(409);
    expect(done.json<AdminOrder>().events.map((event) => event.kind)).toEqual([
      'delivered',
      'delivered',
      'email_sent',
      'shipped',
      'email_sent',
      'shipped',
      'payment_captured',
      'placed',
    ]);
  });

  it('refunds by lines with restock, then an amount, never more than captured', async () => {
    const { order, variantId } = await placeOrder('AO-REFUND', { quantity: 2 });
    const detail = (
      await ctx.app.inject({ method: 'GET', url: `/admin/orders/${order.id}`, headers: owner })
    ).json<AdminOrder & { items: { id: string; total: { amount: number } }[] }>();
    const url = `/admin/orders/${order.id}/refunds`;
    const unpaid = await post(url, { reason: 'early' });
    expect([unpaid.statusCode, unpaid.json().code]).toEqual([409, 'invalid_transition']);
    await post(`/admin/orders/${order.id}/capture`);
    const noKey = await ctx.app.inject({ method: 'POST', url, headers: owner, payload: { reason: 'x' } });
    expect(noKey.statusCode).toBe(400);
    const line = detail.items[0];
    const tooMany = await post(url, { reason: 'x', items: [{ lineId: line?.id, quantity: 3 }] });
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([422, 'refund_too_large']);

    const one = await post(url, {
      reason: 'Damaged in transit',
      items: [{ lineId: line?.id, quantity: 1 }],
      restock: true,
    });
    expect(one.statusCode, one.body).toBe(200);
    const afterOne = one.json<
      AdminOrder & { refundable: { amount: number }; refunds: { amount: { amount: number } }[] }
    >();
    // Half of the line's 50.00.
    expect(afterOne.refunds.map((refund) => refund.amount.amount)).toEqual([2500]);
    expect(afterOne).toMatchObject({
      paymentStatus: 'partially_refunded',
      allowedActions: ['ship', 'refund', 'cancel'],
    });
    expect(await stockOf(variantId)).toBe(9);
    const total = (line?.total.amount ?? 0) + 490;
    expect(afterOne.refundable.amount).toBe(total - 2500);

    const over = await post(url, { reason: 'x', amount: total });
    expect([over.statusCode, over.json().detail]).toEqual([
      422,
      `At most €${((total - 2500) / 100).toFixed(2)} can still be refunded.`,
    ]);
    const rest = await post(url, { reason: 'Goodwill' });
    expect(rest.json<AdminOrder>()).toMatchObject({
      paymentStatus: 'refunded',
      payment: { status: 'refunded' },
    });
    expect((await post(url, { reason: 'again', amount: 1 })).json().detail).toBe(
      'This order is already fully refunded.',
    );
  });

  it('concurrent refunds never add up to more than was captured', async () => {
    const { order } = await placeOrder('AO-REFRACE', { quantity: 2 });
    await post(`/admin/orders/${order.id}/capture`);
    // 50.00 + 4.90 captured; five refunds of 20.00 at once: two fit.
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/admin/orders/${order.id}/refunds`, { reason: 'race', amount: 2000 }),
      ),
    );
    expect(responses.filter((response) => response.statusCode === 200)).toHaveLength(2);
    for (const response of responses.filter((candidate) => candidate.statusCode !== 200))
      expect(response.json().code).toBe('refund_too_large');
    const { rows } = await ctx.database.pool.query(
      'select captured_amount, refunded_amount, (select sum(amount)::int from refunds r where r.order_id = $1) as refunds from payments where order_id = $1',
      [order.id],
    );
    expect(rows[0]).toEqual({ captured_amount: 5490, refunded_amount: 4000, refunds: 4000 });
  });
});
