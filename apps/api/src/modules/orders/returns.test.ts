import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { registerCustomer, type SignedInCustomer, signInEmployee } from '../../../test/factories';
import {
  checkoutRequest,
  createVariant,
  openShop,
  readyCart,
  variantStock,
} from '../../../test/store-fixtures';
import { listMailTo } from '../mail';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;
let customer: SignedInCustomer;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  customer = await registerCustomer(ctx.app);
});
afterAll(async () => ctx.close());

interface Order {
  id: string;
  email: string;
  number: number;
  guestToken?: string;
  items: { id: string; quantity: number; returnableQuantity: number; total: { amount: number } }[];
  returns: { id: string; number: string; status: string; refundedAmount: { amount: number } | null }[];
  returnableUntil: string | null;
  paymentStatus: string;
}
interface AdminReturn {
  id: string;
  status: string;
  allowedActions: string[];
  refundable: { amount: number };
  refundedAmount: { amount: number } | null;
}

const post = (url: string, payload: object = {}, headers: Record<string, string> = owner) =>
  ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'idempotency-key': randomUUID() }, payload });

/** A delivered order of two lines (2 × A at 25.00, 1 × B at 40.00) for the customer, or a guest. */
async function deliveredOrder(sku: string, headers: Record<string, string> = customer.headers) {
  const variantA = await createVariant(ctx.app, owner, { sku: `${sku}-A`, price: 2500, stockOnHand: 10 });
  const variantB = await createVariant(ctx.app, owner, { sku: `${sku}-B`, price: 4000, stockOnHand: 10 });
  const cartId = await readyCart(ctx.app, { variantId: variantA, quantity: 2, methodId: france }, headers);
  await ctx.app.inject({
    method: 'POST',
    url: `/store/carts/${cartId}/items`,
    headers,
    payload: { variantId: variantB, quantity: 1 },
  });
  const placed = await checkoutRequest(ctx.app, cartId, { headers });
  expect(placed.statusCode, placed.body).toBe(201);
  const order = placed.json<Order>();
  const shipped = await post(`/admin/orders/${order.id}/shipments`, { carrier: 'Colissimo' });
  expect(shipped.statusCode, shipped.body).toBe(200);
  const [shipment] = shipped.json<{ shipments: { id: string }[] }>().shipments;
  expect((await post(`/admin/orders/${order.id}/shipments/${shipment?.id}/deliver`)).statusCode).toBe(200);
  return { order, variantA, variantB };
}

describe('returns', () => {
  it('a customer returns one line; staff approve, receive and refund it with the stock put back', async () => {
    const { order, variantA } = await deliveredOrder('RET-1');
    const [lineA, lineB] = order.items;
    const before = await ctx.app.inject({
      method: 'GET',
      url: `/store/me/orders/${order.number}`,
      headers: customer.headers,
    });
    const view = before.json<Order>();
    expect(view.items.map((item) => item.returnableQuantity)).toEqual([2, 1]);
    expect(view.returnableUntil).not.toBeNull();

    const tooMany = await post(
      `/store/me/orders/${order.number}/returns`,
      { items: [{ lineId: lineA?.id, quantity: 3 }], reason: 'damaged' },
      customer.headers,
    );
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([422, 'return_not_allowed']);
    expect(tooMany.json().errors).toEqual([
      { path: 'items.0.quantity', message: 'At most 2 can be returned.' },
    ]);

    const requested = await post(
      `/store/me/orders/${order.number}/returns`,
      { items: [{ lineId: lineA?.id, quantity: 1 }], reason: 'damaged', comment: 'Chipped rim' },
      customer.headers,
    );
    expect(requested.statusCode, requested.body).toBe(201);
    const withReturn = requested.json<Order>();
    expect(withReturn.returns).toMatchObject([
      { status: 'requested', number: expect.stringMatching(/^R-\d+$/) },
    ]);
    expect(withReturn.items.map((item) => item.returnableQuantity)).toEqual([1, 1]);
    const [acknowledged] = await listMailTo(ctx.database.db, order.email, 'return_requested');
    expect(acknowledged?.subject).toMatch(/^We received your return request R-\d+ for order #\d+$/);

    // Another customer sees nothing of it.
    const stranger = await registerCustomer(ctx.app);
    const theirs = await post(
      `/store/me/orders/${order.number}/returns`,
      { items: [{ lineId: lineB?.id, quantity: 1 }], reason: 'changed_mind' },
      stranger.headers,
    );
    expect(theirs.statusCode).toBe(404);

    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/admin/returns?status=requested',
      headers: owner,
    });
    const [queued] = queue.json<{ items: AdminReturn[]; counts: Record<string, number> }>().items;
    expect(queued).toMatchObject({ status: 'requested', allowedActions: ['approve', 'refuse'] });
    expect(queue.json().counts.requested).toBeGreaterThanOrEqual(1);
    const id = queued?.id ?? '';

    const early = await post(`/admin/returns/${id}/refund`, {});
    expect([early.statusCode, early.json().code]).toEqual([409, 'invalid_transition']);
    const approved = await post(`/admin/returns/${id}/approve`);
    expect(approved.json<AdminReturn>()).toMatchObject({
      status: 'approved',
      allowedActions: ['receive', 'refuse'],
    });
    const [approvalMail] = await listMailTo(ctx.database.db, order.email, 'return_approved');
    expect(approvalMail?.subject).toContain(`order #${order.number}`);
    expect((await post(`/admin/returns/${id}/approve`)).statusCode).toBe(409);
    const received = await post(`/admin/returns/${id}/receive`);
    expect(received.json<AdminReturn>()).toMatchObject({ status: 'received', refundable: { amount: 2500 } });

    const stockBefore = (await variantStock(ctx, variantA)) ?? 0;
    const refunded = await post(`/admin/returns/${id}/refund`, {});
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(refunded.json<AdminReturn>()).toMatchObject({
      status: 'refunded',
      refundedAmount: { amount: 2500 },
    });
    expect(await variantStock(ctx, variantA)).toBe(stockBefore + 1);

    const after = await ctx.app.inject({
      method: 'GET',
      url: `/store/me/orders/${order.number}`,
      headers: customer.headers,
    });
    expect(after.json<Order>()).toMatchObject({
      paymentStatus: 'partially_refunded',
      returns: [{ status: 'refunded', refundedAmount: { amount: 2500 } }],
    });
    expect(after.json<Order>().items.map((item) => item.returnableQuantity)).toEqual([1, 1]);
    const adminOrder = await ctx.app.inject({
      method: 'GET',
      url: `/admin/orders/${order.id}`,
      headers: owner,
    });
    expect(adminOrder.json<{ refundable: { amount: number } }>().refundable.amount).toBe(
      adminOrder.json<{ totals: { total: { amount: number } } }>().totals.total.amount - 2500,
    );
    const kinds = adminOrder.json<{ events: { kind: string }[] }>().events.map((event) => event.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['return_requested', 'return_approved', 'return_received', 'return_refunded']),
    );
  });

  it('concurrent refunds of one return refund it once', async () => {
    const { order } = await deliveredOrder('RET-2');
    const [, lineB] = order.items;
    await post(
      `/store/me/orders/${order.number}/returns`,
      { items: [{ lineId: lineB?.id, quantity: 1 }], reason: 'does_not_fit' },
      customer.headers,
    );
    const mine = await ctx.app.inject({
      method: 'GET',
      url: `/admin/returns?q=${order.number}`,
      headers: owner,
    });
    const id = mine.json<{ items: AdminReturn[] }>().items[0]?.id ?? '';
    await post(`/admin/returns/${id}/approve`);
    await post(`/admin/returns/${id}/receive`);
    const attempts = await Promise.all(
      Array.from({ length: 4 }, () => post(`/admin/returns/${id}/refund`, {})),
    );
    expect(attempts.map((attempt) => attempt.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const detail = await ctx.app.inject({ method: 'GET', url: `/admin/orders/${order.id}`, headers: owner });
    expect(detail.json<{ refunds: unknown[] }>().refunds).toHaveLength(1);
  });

  it('refuses returns before delivery, past the window, and a refused return frees its items', async () => {
    const variant = await createVariant(ctx.app, owner, { sku: 'RET-3', price: 1000, stockOnHand: 5 });
    const cartId = await readyCart(ctx.app, { variantId: variant, methodId: france });
    const order = (await checkoutRequest(ctx.app, cartId)).json<Order>();
    const line = order.items[0]?.id;
    const guestUrl = `/store/orders/${order.number}/returns?token=${order.guestToken}`;
    const notYet = await post(guestUrl, { items: [{ lineId: line, quantity: 1 }], reason: 'other' }, {});
    expect([notYet.statusCode, notYet.json().detail]).toEqual([
      422,
      'Items can be returned once they have been delivered.',
    ]);
    const shipped = await post(`/admin/orders/${order.id}/shipments`, { carrier: 'DHL' });
    const shipmentId = shipped.json<{ shipments: { id: string }[] }>().shipments[0]?.id;
    await post(`/admin/orders/${order.id}/shipments/${shipmentId}/deliver`);

    const wrongToken = await post(
      `/store/orders/${order.number}/returns?token=${'x'.repeat(43)}`,
      { items: [{ lineId: line, quantity: 1 }], reason: 'other' },
      {},
    );
    expect(wrongToken.statusCode).toBe(404);
    const asked = await post(guestUrl, { items: [{ lineId: line, quantity: 1 }], reason: 'wrong_item' }, {});
    expect(asked.statusCode, asked.body).toBe(201);
    const again = await post(guestUrl, { items: [{ lineId: line, quantity: 1 }], reason: 'wrong_item' }, {});
    expect(again.json().errors).toEqual([
      { path: 'items.0.quantity', message: 'This item cannot be returned.' },
    ]);

    const id = asked.json<Order>().returns[0]?.id ?? '';
    const noReason = await post(`/admin/returns/${id}/refuse`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const warehouse = await signInEmployee(ctx.app, ctx.database.db, 'warehouse');
    expect(
      (await post(`/admin/returns/${id}/refuse`, { reason: 'Worn' }, warehouse.headers)).statusCode,
    ).toBe(403);
    const refused = await post(`/admin/returns/${id}/refuse`, { reason: 'The item was used.' });
    expect(refused.json<AdminReturn>()).toMatchObject({ status: 'refused', allowedActions: [] });
    const guestView = await ctx.app.inject({
      method: 'GET',
      url: `/store/orders/${order.number}?token=${order.guestToken}`,
    });
    expect(guestView.json<Order>().items[0]?.returnableQuantity).toBe(1);
    expect(guestView.json()).toMatchObject({
      returns: [{ status: 'refused', refusalReason: 'The item was used.' }],
    });

    // The window closes: with 0 days, nothing can be returned any more.
    await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner,
      payload: { returnWindowDays: 0 },
    });
    const closed = await post(guestUrl, { items: [{ lineId: line, quantity: 1 }], reason: 'other' }, {});
    expect(closed.statusCode).toBe(422);
    await ctx.app.inject({
      method: 'PATCH',
      url: '/admin/settings',
      headers: owner,
      payload: { returnWindowDays: 30 },
    });
  });
});
