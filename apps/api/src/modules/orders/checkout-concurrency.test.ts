import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import {
  addPromotion,
  checkoutRequest,
  createVariant,
  openShop,
  readyCart,
  variantStock,
} from '../../../test/store-fixtures';

let ctx: TestContext;
let owner: Record<string, string>;
let methods: { france: string };

beforeAll(async () => {
  let france: string;
  ({ ctx, owner, france } = await openShop());
  methods = { france };
});
afterAll(async () => ctx.close());

const stockOf = (variantId: string) => variantStock(ctx, variantId);
const createPromotion = (payload: object) => addPromotion(ctx.app, owner, payload);

describe('checkout under concurrency', () => {
  it('50 concurrent checkouts of a variant with stock 10: 10 orders, 40 clear 409s, stock 0', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-HOT', price: 990, stockOnHand: 10 });
    const carts = await Promise.all(
      Array.from({ length: 50 }, () => readyCart(ctx.app, { variantId, methodId: methods.france })),
    );
    const responses = await Promise.all(carts.map((cartId) => checkoutRequest(ctx.app, cartId)));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    const refused = responses.filter((response) => response.statusCode === 409);
    expect(refused).toHaveLength(40);
    for (const response of refused) {
      expect(response.json().code).toBe('insufficient_stock');
      expect(response.json().detail).toContain('CO-HOT');
    }
    expect(await stockOf(variantId)).toBe(0);
    const { rows } = await ctx.database.pool.query(
      'select count(*)::int as orders, sum(quantity)::int as units from order_lines where variant_id = $1',
      [variantId],
    );
    expect(rows[0]).toEqual({ orders: 10, units: 10 });
  });

  it('a promotion limited to 5 uses, 30 concurrent checkouts with it: exactly 5 orders carry it', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-PROMO', price: 2000, stockOnHand: 100 });
    const promotion = await createPromotion({
      name: 'Five only',
      code: 'FIVEONLY',
      kind: 'fixed_amount',
      value: 300,
      usageLimit: 5,
    });
    const carts = await Promise.all(
      Array.from({ length: 30 }, () =>
        readyCart(ctx.app, { variantId, methodId: methods.france, codes: ['FIVEONLY'] }),
      ),
    );
    const responses = await Promise.all(carts.map((cartId) => checkoutRequest(ctx.app, cartId)));
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(5);
    const refused = responses.filter((response) => response.statusCode !== 201);
    expect(refused.map((response) => response.json().code)).toEqual(Array(25).fill('discount_unavailable'));
    const { rows } = await ctx.database.pool.query(
      `select count(*)::int as n from orders where discounts @> $1::jsonb`,
      [JSON.stringify([{ promotionId: promotion.id }])],
    );
    expect(rows[0].n).toBe(5);
    const after = await ctx.app.inject({
      method: 'GET',
      url: `/admin/promotions/${promotion.id}`,
      headers: owner,
    });
    expect(after.json()).toMatchObject({ usageCount: 5, status: 'inactive' });
    // The refused carts are intact: without the code, they can order.
    expect(await stockOf(variantId)).toBe(95);
  });

  it('a once-per-customer code, 5 concurrent checkouts by one guest email: exactly one order carries it', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-ONCE', price: 2000, stockOnHand: 100 });
    await createPromotion({
      name: 'Once',
      code: 'ONCE',
      kind: 'percentage',
      value: 1000,
      perCustomerLimit: 1,
    });
    const email = `once-${randomUUID().slice(0, 6)}@example.test`;
    const carts = await Promise.all(
      Array.from({ length: 5 }, () =>
        readyCart(ctx.app, { variantId, methodId: methods.france, email, codes: ['ONCE'] }),
      ),
    );
    const responses = await Promise.all(carts.map((cartId) => checkoutRequest(ctx.app, cartId)));
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(1);
    for (const response of responses.filter((candidate) => candidate.statusCode !== 201))
      expect(response.json().code).toBe('discount_unavailable');
  });

  it('10 concurrent identical checkouts with one key: one order and one payment; a later retry replays it', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'CO-IDEM', price: 1000, stockOnHand: 10 });
    const cartId = await readyCart(ctx.app, { variantId, methodId: methods.france });
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => checkoutRequest(ctx.app, cartId, { key })),
    );
    const created = responses.filter((response) => response.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    const orderIds = new Set(created.map((response) => response.json<{ id: string }>().id));
    expect(orderIds.size).toBe(1);
    for (const response of responses.filter((candidate) => candidate.statusCode !== 201)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('idempotency_in_progress');
    }
    const { rows } = await ctx.database.pool.query(
      'select count(*)::int as orders, (select count(*)::int from payments p join orders o on o.id = p.order_id where o.cart_id = $1) as payments from orders where cart_id = $1',
      [cartId],
    );
    expect(rows[0]).toEqual({ orders: 1, payments: 1 });
    expect(await stockOf(variantId)).toBe(9);
    const retry = await checkoutRequest(ctx.app, cartId, { key });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<{ id: string }>().id).toBe([...orderIds][0]);
    // Another key for the same cart is refused, not a second order.
    const other = await checkoutRequest(ctx.app, cartId);
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('cart_completed');
  });
});
