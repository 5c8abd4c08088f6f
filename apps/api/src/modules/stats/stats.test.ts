import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';
import {
  addPromotion,
  checkoutRequest,
  createVariant,
  openShop,
  readyCart,
} from '../../../test/store-fixtures';
import { customerCartDays, guestCartDays } from '../../flows/housekeeping.flow';
import { purgeStaleCarts } from '../carts/carts.service';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;
let variantId: string;

interface PlacedOrder {
  id: string;
  cartId: string;
  totals: { total: { amount: number }; tax: { amount: number }; shipping: { amount: number } };
}

const sqlQuery = (text: string, values: unknown[]) => ctx.database.pool.query(text, values);

/** An order placed through checkout, then dated: the statistics only care when it was placed. */
async function orderAt(
  at: string,
  email: string,
  quantity: number,
  codes: string[] = [],
): Promise<PlacedOrder> {
  const cartId = await readyCart(ctx.app, { variantId, quantity, methodId: france, email, codes });
  const response = await checkoutRequest(ctx.app, cartId);
  expect(response.statusCode, response.body).toBe(201);
  const order = { ...response.json<PlacedOrder>(), cartId };
  await sqlQuery('update orders set placed_at = $2 where id = $1', [order.id, at]);
  await sqlQuery('update carts set created_at = $2 where id = $1', [cartId, at]);
  return order;
}

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  const category = await ctx.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: owner,
    payload: { name: 'Ceramics' },
  });
  variantId = await createVariant(
    ctx.app,
    owner,
    { sku: 'STATS-1', price: 2500, stockOnHand: 100 },
    { categoryIds: [category.json<{ id: string }>().id] },
  );
  await addPromotion(ctx.app, owner, { name: 'Five off', code: 'five', kind: 'fixed_amount', value: 500 });
});
afterAll(async () => ctx.close());

const get = async <T>(url: string, headers = owner) => {
  const response = await ctx.app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};

describe('statistics', () => {
  it('counts every figure from the orders, by Paris day, to the cent', async () => {
    // Europe/Paris is UTC+1 in early March 2026.
    await orderAt('2026-03-01T10:00:00Z', 'loyal@example.test', 1); // before the range: makes "loyal" returning
    const late = await orderAt('2026-03-10T22:30:00Z', 'loyal@example.test', 2); // 23:30 on the 10th in Paris
    const pastMidnight = await orderAt('2026-03-10T23:30:00Z', 'new@example.test', 1, ['FIVE']); // 00:30, 11th
    const cancelled = await orderAt('2026-03-09T12:00:00Z', 'gone@example.test', 1);
    const refunded = await orderAt('2026-03-11T10:00:00Z', 'loyal@example.test', 1);
    const cancel = await ctx.app.inject({
      method: 'POST',
      url: `/admin/orders/${cancelled.id}/cancel`,
      headers: { ...owner, 'idempotency-key': randomUUID() },
      payload: { reason: 'Changed their mind' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const refund = await ctx.app.inject({
      method: 'POST',
      url: `/admin/orders/${refunded.id}/refunds`,
      headers: { ...owner, 'idempotency-key': randomUUID() },
      payload: { reason: 'Scratched', amount: 500 },
    });
    expect(refund.statusCode, refund.body).toBe(200);
    await sqlQuery('update refunds set created_at = $2 where order_id = $1', [
      refunded.id,
      '2026-03-11T10:30:00Z',
    ]);
    // A cart left with an item on the 10th.
    const abandoned = await readyCart(ctx.app, { variantId, quantity: 3, methodId: france });
    await sqlQuery('update carts set created_at = $2 where id = $1', [abandoned, '2026-03-10T09:00:00Z']);

    const counted = [late, pastMidnight, refunded];
    const sum = (pick: (order: PlacedOrder) => number) =>
      counted.reduce((total, order) => total + pick(order), 0);
    const gross = sum((order) => order.totals.total.amount);
    const summary = await get<{
      timezone: string;
      current: { from: string; to: string; kpis: Record<string, unknown> };
      previous: { from: string; to: string; kpis: { orders: number; grossRevenue: { amount: number } } };
    }>('/admin/stats/summary?from=2026-03-10&to=2026-03-11');
    expect(summary.timezone).toBe('Europe/Paris');
    expect(summary.current.kpis).toEqual({
      orders: 3,
      grossRevenue: { amount: gross, currency: 'EUR' },
      refunds: { amount: 500, currency: 'EUR' },
      netRevenue: { amount: gross - 500, currency: 'EUR' },
      tax: { amount: sum((order) => order.totals.tax.amount), currency: 'EUR' },
      shipping: { amount: sum((order) => order.totals.shipping.amount), currency: 'EUR' },
      averageOrderValue: { amount: Math.round(gross / 3), currency: 'EUR' },
      itemsSold: 4,
      newCustomers: 1,
      returningCustomers: 1,
      carts: 4,
      conversionRate: 0.75,
      abandonedCarts: { count: 1, value: { amount: 7500, currency: 'EUR' } },
    });
    // The two days before: only the cancelled order, which does not count.
    expect(summary.previous).toMatchObject({
      from: '2026-03-08',
      to: '2026-03-09',
      kpis: { orders: 0, grossRevenue: { amount: 0 } },
    });

    // The hourly purge deletes these carts (ordered a day ago, abandoned for a month): the figures stay.
    const cartIds = [...counted.map((order) => order.cartId), abandoned];
    await sqlQuery(
      `update carts set updated_at = created_at - interval '40 days',
         completed_at = case when completed_at is not null then created_at end where id = any($1)`,
      [cartIds],
    );
    expect(
      await purgeStaleCarts(ctx.database.db, { guestDays: guestCartDays, customerDays: customerCartDays }),
    ).toBeGreaterThanOrEqual(cartIds.length);
    const { rows: left } = await sqlQuery('select id from carts where id = any($1)', [cartIds]);
    expect(left).toEqual([]);
    const afterPurge = await get<typeof summary>('/admin/stats/summary?from=2026-03-10&to=2026-03-11');
    expect(afterPurge.current.kpis).toEqual(summary.current.kpis);

    const days = await get<{
      points: { period: string; orders: number; grossRevenue: { amount: number } }[];
    }>('/admin/stats/sales?from=2026-03-09&to=2026-03-11&interval=day');
    expect(days.points.map((point) => [point.period, point.orders, point.grossRevenue.amount])).toEqual([
      ['2026-03-09', 0, 0],
      ['2026-03-10', 1, late.totals.total.amount],
      ['2026-03-11', 2, pastMidnight.totals.total.amount + refunded.totals.total.amount],
    ]);
    const months = await get<{ points: { period: string; orders: number }[] }>(
      '/admin/stats/sales?from=2026-02-15&to=2026-03-31&interval=month',
    );
    expect(months.points.map((point) => [point.period, point.orders])).toEqual([
      ['2026-02-01', 0],
      ['2026-03-01', 4],
    ]);
    const weeks = await get<{ points: { period: string; orders: number }[] }>(
      '/admin/stats/sales?from=2026-03-01&to=2026-03-11&interval=week',
    );
    // Weeks start on Monday: 23 Feb (holding Sunday 1 March), 2 March, 9 March.
    expect(weeks.points.map((point) => [point.period, point.orders])).toEqual([
      ['2026-02-23', 1],
      ['2026-03-02', 0],
      ['2026-03-09', 3],
    ]);

    const csv = await ctx.app.inject({
      method: 'GET',
      url: '/admin/stats/sales.csv?from=2026-03-09&to=2026-03-11&interval=day',
      headers: owner,
    });
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="sales-2026-03-09-to-2026-03-11.csv"',
    );
    const cents = (amount: number) => `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual([
      'period,orders,items_sold,currency,gross_revenue',
      '2026-03-09,0,0,EUR,0.00',
      `2026-03-10,1,2,EUR,${cents(late.totals.total.amount)}`,
      `2026-03-11,2,2,EUR,${cents(pastMidnight.totals.total.amount + refunded.totals.total.amount)}`,
    ]);

    const best = await get<{ items: { title: string; units: number; revenue: { amount: number } }[] }>(
      '/admin/stats/best-sellers?from=2026-03-10&to=2026-03-11&by=units',
    );
    expect(best.items).toHaveLength(1);
    expect(best.items[0]).toMatchObject({ units: 4 });

    const range = 'from=2026-03-10&to=2026-03-11';
    const categories = await get<{
      items: { label: string; orders: number; units: number; revenue: { amount: number } }[];
    }>(`/admin/stats/categories?${range}`);
    const linesTotal = best.items[0]?.revenue.amount;
    expect(categories.items).toEqual([
      {
        key: expect.any(String),
        label: 'Ceramics',
        orders: 3,
        units: 4,
        revenue: { amount: linesTotal, currency: 'EUR' },
      },
    ]);
    const countries = await get<{ items: unknown[] }>(`/admin/stats/countries?${range}`);
    expect(countries.items).toEqual([
      { key: 'FR', label: 'FR', orders: 3, units: 4, revenue: { amount: gross, currency: 'EUR' } },
    ]);
    const discounts = await get<{ items: unknown[] }>(`/admin/stats/discounts?${range}`);
    expect(discounts.items).toEqual([
      {
        code: 'FIVE',
        name: 'Five off',
        orders: 1,
        discount: { amount: 500, currency: 'EUR' },
        revenue: { amount: pastMidnight.totals.total.amount, currency: 'EUR' },
      },
    ]);
    // Lifetime, all dates, registered customers only (guests have no account to rank).
    const regular = await registerCustomer(ctx.app);
    const totals: number[] = [];
    for (const quantity of [1, 2]) {
      const cartId = await readyCart(ctx.app, { variantId, quantity, methodId: france }, regular.headers);
      const placed = await checkoutRequest(ctx.app, cartId, { headers: regular.headers });
      totals.push(placed.json<PlacedOrder>().totals.total.amount);
    }
    const top = await get<{ items: { id: string; orders: number; lifetimeValue: { amount: number } }[] }>(
      '/admin/stats/top-customers?by=orders',
    );
    expect(top.items).toEqual([
      expect.objectContaining({
        id: regular.id,
        orders: 2,
        lifetimeValue: { amount: (totals[0] ?? 0) + (totals[1] ?? 0), currency: 'EUR' },
      }),
    ]);
    const countriesCsv = await ctx.app.inject({
      method: 'GET',
      url: `/admin/stats/countries.csv?${range}`,
      headers: owner,
    });
    expect(countriesCsv.headers['content-disposition']).toBe(
      'attachment; filename="countries-2026-03-10-to-2026-03-11.csv"',
    );
    expect(
      countriesCsv.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual(['key,label,orders,units,currency,revenue', `FR,FR,3,4,EUR,${cents(gross)}`]);
  });

  it('checks its input and its permission', async () => {
    const backwards = await ctx.app.inject({
      method: 'GET',
      url: '/admin/stats/summary?from=2026-03-11&to=2026-03-10',
      headers: owner,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([
      { path: 'query.to', message: '`to` must not be before `from`.' },
    ]);
    const support = await signInEmployee(ctx.app, ctx.database.db, 'customer_service');
    const refused = await ctx.app.inject({
      method: 'GET',
      url: '/admin/stats/summary?from=2026-03-10&to=2026-03-11',
      headers: support.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
});
