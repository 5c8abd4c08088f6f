import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/build-test-app';
import { checkoutRequest, createVariant, openShop, readyCart } from '../../test/store-fixtures';
import { seedBulkOrders } from './bulk-orders';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;
let variantId: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  variantId = await createVariant(ctx.app, owner, { sku: 'BULK-1', price: 1500, stockOnHand: 50 });
  await createVariant(ctx.app, owner, { sku: 'BULK-2', price: 4200, stockOnHand: 50 });
  await seedBulkOrders(ctx.database.db, 600);
}, 60_000);
afterAll(async () => ctx.close());

const one = async <Row>(text: string) => (await ctx.database.pool.query(text)).rows[0] as Row;

describe('bulk orders (the seeder behind `seed --orders` and the bench)', () => {
  it('are consistent orders: totals from their lines, item counts, payments, refunds within captures', async () => {
    const check = await one<Record<string, number | boolean>>(`
      select count(*) as orders,
        count(*) filter (where o.subtotal <> (select sum(l.total) from order_lines l where l.order_id = o.id)) as bad_subtotal,
        count(*) filter (where o.item_count <> (select sum(l.quantity) from order_lines l where l.order_id = o.id)) as bad_items,
        count(*) filter (where o.total <> o.subtotal - o.discount_total + o.shipping_total) as bad_total,
        count(*) filter (where not exists (select 1 from payments p where p.order_id = o.id)) as no_payment,
        count(distinct o.number) as numbers,
        min(o.placed_at) > now() - interval '366 days' and max(o.placed_at) <= now() as within_year
      from orders o`);
    expect(check).toEqual({
      orders: 600,
      bad_subtotal: 0,
      bad_items: 0,
      bad_total: 0,
      no_payment: 0,
      numbers: 600,
      within_year: true,
    });
    const refunds = await one<{ refunds: string }>('select count(*) as refunds from refunds');
    expect(Number(refunds.refunds)).toBeGreaterThan(0);
  });

  it('are what the statistics count, and checkout goes on numbering after them', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/admin/stats/summary?from=${from}&to=${today}`,
      headers: owner,
    });
    expect(response.statusCode, response.body).toBe(200);
    const kpis = response.json<{
      current: { kpis: { orders: number; grossRevenue: { amount: number }; itemsSold: number } };
    }>().current.kpis;
    const expected = await one<{ orders: string; gross: string; items: string }>(`
      select count(*) as orders, sum(o.total) as gross, sum(l.quantity) as items
      from orders o cross join lateral (select sum(quantity) as quantity from order_lines where order_id = o.id) l
      where o.status <> 'cancelled'`);
    expect(kpis.orders).toBe(Number(expected.orders));
    expect(kpis.grossRevenue.amount).toBe(Number(expected.gross));
    expect(kpis.itemsSold).toBe(Number(expected.items));

    const cartId = await readyCart(ctx.app, { variantId, quantity: 1, methodId: france });
    const placed = await checkoutRequest(ctx.app, cartId);
    expect(placed.statusCode, placed.body).toBe(201);
    const highest = await one<{ number: number }>('select max(number) as number from orders');
    expect(placed.json<{ number: number }>().number).toBe(highest.number);
  });
});
