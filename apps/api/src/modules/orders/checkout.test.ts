import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { registerCustomer } from '../../../test/factories';
import {
  addPromotion,
  checkoutRequest,
  createVariant,
  frenchAddress,
  openShop,
  readyCart,
  testCard,
  variantStock,
} from '../../../test/store-fixtures';
import { salesTasks } from '../../flows/sales.flow';
import { runDueJobs } from '../jobs';
import { listMailTo } from '../mail';

let ctx: TestContext;
let owner: Record<string, string>;
let methods: { france: string; germany: string };

interface Money {
  amount: number;
  currency: string;
}
interface Order {
  id: string;
  number: number;
  email: string;
  status: string;
  paymentStatus: string;
  items: { sku: string; quantity: number; unitPrice: Money; discount: Money; tax: Money; total: Money }[];
  discounts: { code: string | null; amount: Money }[];
  totals: { subtotal: Money; discount: Money; shipping: Money; tax: Money; total: Money };
  payment: { provider: string; status: string; cardLast4: string | null; instructions: string | null };
  shippingMethod: { name: string } | null;
  guestToken?: string;
}

beforeAll(async () => {
  let france: string;
  let germany: string;
  ({ ctx, owner, france, germany } = await openShop());
  methods = { france, germany };
});
afterAll(async () => ctx.close());

const stockOf = (variantId: string) => variantStock(ctx, variantId);
const createPromotion = (payload: object) => addPromotion(ctx.app, owner, payload);

describe('checkout', () => {
  it('turns a guest cart into an order: snapshot, stock taken, code used, email queued, guest link', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-LAMP', price: 2500, stockOnHand: 5 });
    await createPromotion({ name: 'Ten off', code: 'ten', kind: 'percentage', value: 1000 });
    const email = `camille-${randomUUID().slice(0, 6)}@example.test`;
    const cartId = await readyCart(ctx.app, {
      variantId,
      quantity: 2,
      methodId: methods.france,
      email,
      codes: ['TEN'],
    });
    const cart = (await ctx.app.inject({ method: 'GET', url: `/store/carts/${cartId}` })).json<{
      totals: Order['totals'];
      taxIncluded: boolean;
    }>();
    // 2 × 25.00 = 50.00, −10 % = 45.00 (below 60.00: shipping 4.90), VAT included: 45.00 → 7.50, 4.90 → 0.82.
    expect(cart.taxIncluded).toBe(true);
    expect(cart.totals).toEqual({
      subtotal: { amount: 5000, currency: 'EUR' },
      discount: { amount: 500, currency: 'EUR' },
      shipping: { amount: 490, currency: 'EUR' },
      tax: { amount: 750 + 82, currency: 'EUR' },
      total: { amount: 4990, currency: 'EUR' },
    });

    const response = await checkoutRequest(ctx.app, cartId);
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json<Order>();
    expect(order.number).toBeGreaterThanOrEqual(1001);
    expect(order).toMatchObject({ email, status: 'confirmed', paymentStatus: 'paid' });
    expect(order.totals).toEqual(cart.totals);
    expect(order.items).toEqual([
      expect.objectContaining({
        sku: 'CO-LAMP',
        quantity: 2,
        unitPrice: { amount: 2500, currency: 'EUR' },
        discount: { amount: 500, currency: 'EUR' },
        tax: { amount: 750, currency: 'EUR' },
        total: { amount: 4500, currency: 'EUR' },
      }),
    ]);
    expect(order.discounts).toEqual([
      { code: 'TEN', name: 'Ten off', amount: { amount: 500, currency: 'EUR' } },
    ]);
    expect(order.payment).toMatchObject({ provider: 'test-card', status: 'captured', cardLast4: '4242' });
    expect(order.shippingMethod?.name).toBe('Colissimo');
    expect(await stockOf(variantId)).toBe(3);
    // The bestseller count follows, by a job queued with the order.
    await runDueJobs(ctx.database.pool, salesTasks(ctx.database.db));
    const sold = await ctx.database.pool.query(
      'select sold_count from products where id = (select product_id from product_variants where id = $1)',
      [variantId],
    );
    expect(sold.rows[0].sold_count).toBe(2);

    // The cart is spent; the price change afterwards does not touch the order.
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cartId}/items`,
      payload: { variantId, quantity: 1 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('cart_completed');

    const [mail] = await listMailTo(ctx.database.db, email, 'order_confirmation');
    expect(mail?.subject).toContain(`#${order.number}`);
    // Its delivery job was queued with it, in the order's transaction.
    const jobs = await ctx.database.pool.query(
      'select task_identifier from graphile_worker.jobs where key = $1',
      [`mail:${mail?.id}`],
    );
    expect(jobs.rows).toEqual([{ task_identifier: 'send_mail' }]);
    const link = mail?.textBody.match(/\/orders\/(\d+)\?token=([\w-]+)/);
    expect(link?.[1]).toBe(String(order.number));
    expect(link?.[2]).toBe(order.guestToken);
    const viaLink = await ctx.app.inject({
      method: 'GET',
      url: `/store/orders/${order.number}?token=${link?.[2]}`,
    });
    expect(viaLink.statusCode).toBe(200);
    expect(viaLink.json<Order>().id).toBe(order.id);
    const forged = await ctx.app.inject({
      method: 'GET',
      url: `/store/orders/${order.number}?token=${'A'.repeat(43)}`,
    });
    expect(forged.statusCode).toBe(404);
  });

  it('requires an Idempotency-Key and a complete cart, saying what is missing', async () => {
    const variantId = await createVariant(ctx.app, owner, {
      sku: 'CO-INCOMPLETE',
      price: 1000,
      stockOnHand: 5,
    });
    const cart = (await ctx.app.inject({ method: 'POST', url: '/store/carts', payload: {} })).json<{
      id: string;
    }>();
    const noKey = await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cart.id}/checkout`,
      payload: { payment: { provider: 'manual' } },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().code).toBe('idempotency_key_required');

    await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cart.id}/items`,
      payload: { variantId, quantity: 1 },
    });
    const incomplete = await checkoutRequest(ctx.app, cart.id);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().code).toBe('checkout_incomplete');
    expect(incomplete.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'email',
      'shippingAddress',
    ]);

    const badCard = await checkoutRequest(ctx.app, cart.id, {
      payment: { provider: 'test-card', card: { ...testCard, number: '4242424242424241', expYear: 2001 } },
    });
    expect(badCard.statusCode).toBe(400);
    const paths = badCard.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(['payment.card.number', 'payment.card.expYear']);
  });

  it('a declined card changes nothing; the customer fixes it and the order goes through', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-DECLINE', price: 1500, stockOnHand: 2 });
    const cartId = await readyCart(ctx.app, { variantId, quantity: 2, methodId: methods.france });
    for (const [number, code] of [
      ['4000000000000002', 'payment_declined'],
      ['4000000000009995', 'insufficient_funds'],
    ] as const) {
      const declined = await checkoutRequest(ctx.app, cartId, {
        payment: { provider: 'test-card', card: { ...testCard, number } },
      });
      expect(declined.statusCode).toBe(402);
      expect(declined.json().code).toBe(code);
    }
    expect(await stockOf(variantId)).toBe(2);
    const { rows: mails } = await ctx.database.pool.query(
      "select count(*)::int as n from mail_outbox where template = 'order_confirmation' and to_address = (select email from carts where id = $1)",
      [cartId],
    );
    expect(mails[0].n).toBe(0);
    const cart = (await ctx.app.inject({ method: 'GET', url: `/store/carts/${cartId}` })).json();
    expect(cart.status).toBe('open');
    expect(cart.items).toHaveLength(1);
    const paid = await checkoutRequest(ctx.app, cartId);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(await stockOf(variantId)).toBe(0);
  });

  it('manual payment: the order awaits payment with instructions', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-MANUAL', price: 7000, stockOnHand: 1 });
    const cartId = await readyCart(ctx.app, { variantId, methodId: methods.france });
    const response = await checkoutRequest(ctx.app, cartId, { payment: { provider: 'manual' } });
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json<Order>();
    expect(order).toMatchObject({ status: 'pending', paymentStatus: 'awaiting_payment' });
    // 70.00 is above 60.00: free shipping.
    expect(order.totals.shipping.amount).toBe(0);
    expect(order.payment.instructions).toContain(`#${order.number}`);
  });

  it('lists a customer their own orders only', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-MINE', price: 1200, stockOnHand: 10 });
    const alex = await registerCustomer(ctx.app);
    const sam = await registerCustomer(ctx.app);
    const cartId = await readyCart(ctx.app, { variantId, methodId: methods.france }, alex.headers);
    const placed = await checkoutRequest(ctx.app, cartId, { headers: alex.headers });
    expect(placed.statusCode, placed.body).toBe(201);
    const number = placed.json<Order>().number;
    const mine = await ctx.app.inject({ method: 'GET', url: '/store/me/orders', headers: alex.headers });
    expect(mine.json().items.map((order: Order) => order.number)).toEqual([number]);
    expect(mine.json().total).toBe(1);
    const detail = await ctx.app.inject({
      method: 'GET',
      url: `/store/me/orders/${number}`,
      headers: alex.headers,
    });
    expect(detail.statusCode).toBe(200);
    const theirs = await ctx.app.inject({
      method: 'GET',
      url: `/store/me/orders/${number}`,
      headers: sam.headers,
    });
    expect(theirs.statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/store/me/orders', headers: sam.headers })).json().total,
    ).toBe(0);
    expect((await ctx.app.inject({ method: 'GET', url: '/store/me/orders' })).statusCode).toBe(401);
  });
});

describe('pricing rules in the cart', () => {
  it('weight-band shipping, free-over threshold and the address deciding the options', async () => {
    const variantId = await createVariant(ctx.app, owner, {
      sku: 'CO-HEAVY',
      price: 1000,
      stockOnHand: 50,
      weightGrams: 800,
    });
    const cart = (await ctx.app.inject({ method: 'POST', url: '/store/carts', payload: {} })).json<{
      id: string;
    }>();
    await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${cart.id}/items`,
      payload: { variantId, quantity: 2 },
    });
    const none = await ctx.app.inject({ method: 'GET', url: `/store/carts/${cart.id}/shipping-options` });
    expect(none.json()).toEqual({ items: [] });
    await ctx.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cart.id}`,
      payload: { shippingAddress: { ...frenchAddress, country: 'DE', postalCode: '10115', city: 'Berlin' } },
    });
    const german = await ctx.app.inject({ method: 'GET', url: `/store/carts/${cart.id}/shipping-options` });
    // 1.6 kg: the 5 kg band.
    expect(german.json().items).toEqual([
      { id: methods.germany, name: 'DHL', price: { amount: 1290, currency: 'EUR' }, estimate: null },
    ]);
    const badPostcode = await ctx.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cart.id}`,
      payload: { shippingAddress: { ...frenchAddress, postalCode: '7500' } },
    });
    expect(badPostcode.statusCode).toBe(400);
    expect(badPostcode.json().errors).toEqual([
      { path: 'shippingAddress.postalCode', message: 'Enter a postal code of France, such as 75002.' },
    ]);
    const wrong = await ctx.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cart.id}`,
      payload: { shippingMethodId: methods.france },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('shippingMethodId');
    const chosen = await ctx.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cart.id}`,
      payload: { shippingMethodId: methods.germany },
    });
    // German VAT 19 % included: 20.00 → 3.19, 12.90 → 2.06.
    expect(chosen.json().totals).toMatchObject({
      shipping: { amount: 1290 },
      tax: { amount: 319 + 206 },
      total: { amount: 3290 },
    });
    expect(chosen.json().taxLines).toEqual([
      { name: 'MwSt 19 %', rate: 1900, amount: { amount: 525, currency: 'EUR' } },
    ]);
    // 7 units: 5.6 kg, over the last band: no option any more, the method is dropped.
    await ctx.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cart.id}/items/${chosen.json().items[0].id}`,
      payload: { quantity: 7 },
    });
    const heavy = (await ctx.app.inject({ method: 'GET', url: `/store/carts/${cart.id}` })).json();
    expect(heavy.shippingMethodId).toBeNull();
    expect(heavy.totals.shipping.amount).toBe(0);
  });

  it('refuses codes that do not apply, with the reason, and keeps non-combinable codes alone', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-CODES', price: 1000, stockOnHand: 50 });
    await createPromotion({
      name: 'Big spender',
      code: 'BIG',
      kind: 'fixed_amount',
      value: 1000,
      conditions: { minSubtotal: 10000 },
    });
    await createPromotion({ name: 'Solo', code: 'SOLO', kind: 'percentage', value: 2000, combinable: false });
    await createPromotion({
      name: 'Later',
      code: 'LATER',
      kind: 'percentage',
      value: 500,
      startsAt: '2099-01-01T00:00:00Z',
    });
    await createPromotion({ name: 'Ship free', code: 'SHIPFREE', kind: 'free_shipping' });
    await createPromotion({ name: 'Off', code: 'OFF', kind: 'percentage', value: 500, active: false });
    const cartId = await readyCart(ctx.app, { variantId, quantity: 3, methodId: methods.france });
    const apply = (code: string) =>
      ctx.app.inject({ method: 'POST', url: `/store/carts/${cartId}/discounts`, payload: { code } });
    const unknown = await apply('NOPE');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'discount_not_found']);
    expect((await apply('off')).statusCode).toBe(404);
    const big = await apply('big');
    expect([big.statusCode, big.json().code]).toEqual([422, 'discount_not_applicable']);
    expect(big.json().errors[0]).toEqual({ path: 'code', message: expect.stringContaining('100.00') });
    expect((await apply('LATER')).json().detail).toBe('This code is not valid yet.');
    const free = await apply('shipfree');
    expect(free.statusCode).toBe(200);
    expect(free.json().totals).toMatchObject({
      shipping: { amount: 490 },
      discount: { amount: 490 },
      total: { amount: 3000 },
    });
    const solo = await apply('SOLO');
    expect([solo.statusCode, solo.json().detail]).toEqual([422, expect.stringContaining('combined')]);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/store/carts/${cartId}/discounts/SHIPFREE`,
    });
    expect(removed.json().discounts).toEqual([]);
    const alone = await apply('solo');
    expect(alone.json().totals).toMatchObject({ discount: { amount: 600 }, total: { amount: 2400 + 490 } });
  });

  it('first-order and per-customer conditions follow the shopper', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-FIRST', price: 3000, stockOnHand: 50 });
    await createPromotion({
      name: 'Welcome',
      code: 'FIRSTONE',
      kind: 'percentage',
      value: 1500,
      conditions: { firstOrderOnly: true },
    });
    const customer = await registerCustomer(ctx.app);
    const first = await readyCart(
      ctx.app,
      { variantId, methodId: methods.france, codes: ['FIRSTONE'] },
      customer.headers,
    );
    expect((await checkoutRequest(ctx.app, first, { headers: customer.headers })).statusCode).toBe(201);
    const second = await readyCart(ctx.app, { variantId, methodId: methods.france }, customer.headers);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/store/carts/${second}/discounts`,
      headers: customer.headers,
      payload: { code: 'FIRSTONE' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe('This code is for a first order only.');
  });
});
