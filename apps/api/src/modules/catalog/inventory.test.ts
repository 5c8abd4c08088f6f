import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { checkoutRequest, createVariant, openShop, readyCart } from '../../../test/store-fixtures';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
});
afterAll(async () => ctx.close());

const post = (url: string, payload: object, headers = owner) =>
  ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'idempotency-key': randomUUID() }, payload });

/** On-hand and ledger sum of a variant, straight from the tables. */
async function ledgerOf(variantId: string) {
  const { rows } = await ctx.database.pool.query<{ on_hand: number; ledger: number }>(
    `select v.stock_on_hand as on_hand, coalesce((select sum(delta)::int from stock_movements m where m.variant_id = v.id), 0) as ledger
     from product_variants v where v.id = $1`,
    [variantId],
  );
  return rows[0];
}

describe('inventory', () => {
  it('adjusts stock all or nothing, with reasons in the ledger, and lists low stock', async () => {
    const a = await createVariant(ctx.app, owner, { sku: 'INV-A', price: 1000, stockOnHand: 3 });
    const b = await createVariant(ctx.app, owner, { sku: 'INV-B', price: 1000, stockOnHand: 20 });
    const warehouse = (await signInEmployee(ctx.app, ctx.database.db, 'warehouse')).headers;
    const refused = await post(
      '/admin/inventory/adjustments',
      {
        reason: 'damaged',
        items: [
          { variantId: a, delta: -1 },
          { variantId: b, delta: -21 },
        ],
      },
      warehouse,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'items.1.delta', message: 'Only 20 of INV-B in stock.' }]);
    expect((await ledgerOf(a))?.on_hand).toBe(3);
    const both = await post(
      '/admin/inventory/adjustments',
      { reason: 'adjusted', items: [{ variantId: a, delta: 1, setTo: 2 }] },
      warehouse,
    );
    expect(both.statusCode).toBe(400);

    const received = await post(
      '/admin/inventory/adjustments',
      {
        reason: 'received',
        note: 'Delivery 42',
        items: [
          { variantId: a, delta: 10 },
          { variantId: b, setTo: 4 },
        ],
      },
      warehouse,
    );
    expect(received.statusCode, received.body).toBe(200);
    expect(
      received
        .json()
        .items.map((item: { sku: string; stockOnHand: number; lowStock: boolean }) => [
          item.sku,
          item.stockOnHand,
          item.lowStock,
        ])
        .sort(),
    ).toEqual([
      ['INV-A', 13, false],
      ['INV-B', 4, true],
    ]);
    const movements = await ctx.app.inject({
      method: 'GET',
      url: `/admin/inventory/${b}/movements`,
      headers: owner,
    });
    expect(
      movements
        .json()
        .items.map((m: { delta: number; reason: string; note: string | null; actor: unknown }) => [
          m.delta,
          m.reason,
          m.note,
          m.actor !== null,
        ]),
    ).toEqual([
      [-16, 'received', 'Delivery 42', true],
      [20, 'initial', null, false],
    ]);
    const low = await ctx.app.inject({
      method: 'GET',
      url: '/admin/inventory?lowStock=true&q=INV-',
      headers: owner,
    });
    expect(low.json().items.map((item: { sku: string }) => item.sku)).toEqual(['INV-B']);
    const threshold = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/inventory/${b}`,
      headers: warehouse,
      payload: { lowStockThreshold: 2 },
    });
    expect(threshold.json()).toMatchObject({ lowStockThreshold: 2, lowStock: false });

    const catalog = (await signInEmployee(ctx.app, ctx.database.db, 'customer_service')).headers;
    expect(
      (
        await post(
          '/admin/inventory/adjustments',
          { reason: 'received', items: [{ variantId: a, delta: 1 }] },
          catalog,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('the on-hand figure equals the sum of the ledger after any sequence of sales, cancellations and adjustments', async () => {
    const variants = [
      await createVariant(ctx.app, owner, { sku: 'INV-P1', price: 700, stockOnHand: 30 }),
      await createVariant(ctx.app, owner, { sku: 'INV-P2', price: 900, stockOnHand: 5 }),
    ];
    const productOf = new Map<string, string>();
    for (const variantId of variants) {
      const { rows } = await ctx.database.pool.query(
        'select product_id from product_variants where id = $1',
        [variantId],
      );
      productOf.set(variantId, rows[0].product_id);
    }
    const orders: string[] = [];
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('sell' as const),
        variant: fc.nat(1),
        quantity: fc.integer({ min: 1, max: 6 }),
      }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20), restock: fc.boolean() }),
      fc.record({
        kind: fc.constant('adjust' as const),
        variant: fc.nat(1),
        delta: fc.integer({ min: -8, max: 8 }),
      }),
      fc.record({
        kind: fc.constant('count' as const),
        variant: fc.nat(1),
        setTo: fc.integer({ min: 0, max: 40 }),
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        variant: fc.nat(1),
        stock: fc.integer({ min: 0, max: 40 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 3, maxLength: 8 }), async (operations) => {
        for (const op of operations) {
          if (op.kind === 'sell') {
            const variantId = variants[op.variant] ?? '';
            const cartId = await readyCart(ctx.app, { variantId, methodId: france }).catch(() => null);
            if (!cartId) continue; // Out of stock already when adding to the cart.
            const placed = await checkoutRequest(ctx.app, cartId);
            if (placed.statusCode === 201) orders.push(placed.json<{ id: string }>().id);
          } else if (op.kind === 'cancel') {
            const orderId = orders[op.pick % Math.max(1, orders.length)];
            if (orderId)
              await post(`/admin/orders/${orderId}/cancel`, { reason: 'property test', restock: op.restock });
          } else if (op.kind === 'adjust') {
            await post('/admin/inventory/adjustments', {
              reason: 'adjusted',
              items: [{ variantId: variants[op.variant], delta: op.delta }],
            });
          } else if (op.kind === 'count') {
            await post('/admin/inventory/adjustments', {
              reason: 'adjusted',
              items: [{ variantId: variants[op.variant], setTo: op.setTo }],
            });
          } else {
            await ctx.app.inject({
              method: 'PATCH',
              url: `/admin/products/${productOf.get(variants[op.variant] ?? '')}/variants/${variants[op.variant]}`,
              headers: owner,
              payload: { stockOnHand: op.stock },
            });
          }
        }
        for (const variantId of variants) {
          const figures = await ledgerOf(variantId);
          expect(figures?.ledger).toBe(figures?.on_hand);
          expect(figures?.on_hand).toBeGreaterThanOrEqual(0);
        }
      }),
      {
        numRuns: 12,
        // Always also one sequence with a sale cancelled with restock, an adjustment and a stock take, so the
        // ledger's every reason is exercised whatever the random runs draw (they did not always cancel).
        examples: [
          [
            [
              { kind: 'sell', variant: 0, quantity: 2 },
              { kind: 'cancel', pick: 0, restock: true },
              { kind: 'adjust', variant: 1, delta: 3 },
              { kind: 'count', variant: 0, setTo: 20 },
            ],
          ],
        ],
      },
    );
    // The sequences really moved stock every way.
    const { rows } = await ctx.database.pool.query(
      'select distinct reason from stock_movements where variant_id = any($1) order by reason',
      [variants],
    );
    expect(rows.map((row) => row.reason)).toEqual(['adjusted', 'cancelled', 'initial', 'sold']);
  }, 120_000);
});
