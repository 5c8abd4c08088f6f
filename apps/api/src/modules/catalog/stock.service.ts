import { asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { products, productVariants } from './catalog.tables';
import { emitLowStockEvents } from './catalog-events';

/**
 * Takes ordered units out of stock inside the order's transaction. The variants are locked in id order
 * (concurrent orders queue instead of deadlocking), checked, then decremented in one statement; a variant
 * without enough stock (tracked, no backorders) is 409 `insufficient_stock` naming it and what is left, and
 * the caller's transaction rolls back. (Units sold per product are counted afterwards by a job, so that orders
 * for different variants of one product do not queue on the product row.)
 */
export async function takeStock(
  tx: DbOrTx,
  lines: readonly { variantId: string; quantity: number; path: string }[],
  orderId: string,
): Promise<void> {
  const wanted = new Map<string, { quantity: number; path: string }>();
  for (const line of lines) {
    const entry = wanted.get(line.variantId);
    wanted.set(line.variantId, {
      quantity: (entry?.quantity ?? 0) + line.quantity,
      path: entry?.path ?? line.path,
    });
  }
  const ids = [...wanted.keys()].sort();
  const variants = await tx
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      sku: productVariants.sku,
      stockOnHand: productVariants.stockOnHand,
      trackInventory: productVariants.trackInventory,
      allowBackorder: productVariants.allowBackorder,
    })
    .from(productVariants)
    .where(inArray(productVariants.id, ids))
    .orderBy(asc(productVariants.id))
    .for('update');
  for (const id of ids) {
    const variant = variants.find((candidate) => candidate.id === id);
    const want = wanted.get(id);
    if (!want) continue;
    if (!variant) {
      throw new AppError('insufficient_stock', 'An item in the cart is no longer sold.', [
        { path: want.path, message: 'No longer available.' },
      ]);
    }
    const limited = variant.trackInventory && !variant.allowBackorder;
    if (limited && variant.stockOnHand < want.quantity) {
      const left = Math.max(0, variant.stockOnHand);
      throw new AppError(
        'insufficient_stock',
        left === 0 ? `${variant.sku} is out of stock.` : `Only ${left} of ${variant.sku} left.`,
        [{ path: want.path, message: left === 0 ? 'Out of stock.' : `Only ${left} left.` }],
      );
    }
  }
  const tracked = variants.filter((variant) => variant.trackInventory);
  if (tracked.length > 0) {
    await setStockContext(tx, { reason: 'sold', orderId });
    await tx.execute(sql`
      update ${productVariants} v set stock_on_hand = v.stock_on_hand - d.quantity
      from unnest(${sql.param(tracked.map((v) => v.id))}::text[], ${sql.param(tracked.map((v) => wanted.get(v.id)?.quantity ?? 0))}::int[])
        as d(id, quantity)
      where v.id = d.id`);
    await emitLowStockEvents(
      tx,
      tracked.map((variant) => ({
        variantId: variant.id,
        before: variant.stockOnHand,
        after: variant.stockOnHand - (wanted.get(variant.id)?.quantity ?? 0),
      })),
    );
  }
}

/**
 * Adds units sold to products' bestseller counts (run by the `record_sales` job after an order committed).
 * Products are updated in id order, so concurrent jobs do not deadlock.
 */
export async function addSoldUnits(
  db: DbOrTx,
  sales: readonly { productId: string; quantity: number }[],
): Promise<void> {
  const byProduct = new Map<string, number>();
  for (const sale of sales)
    byProduct.set(sale.productId, (byProduct.get(sale.productId) ?? 0) + sale.quantity);
  const productIds = [...byProduct.keys()].sort();
  if (productIds.length === 0) return;
  await db.execute(sql`
    update ${products} p set sold_count = p.sold_count + d.quantity
    from unnest(${sql.param(productIds)}::text[], ${sql.param(productIds.map((id) => byProduct.get(id) ?? 0))}::int[])
      as d(id, quantity)
    where p.id = d.id`);
}

/**
 * Puts units back in stock (a cancelled order, a return), inside the caller's transaction. Variants that no
 * longer exist or do not track stock are skipped. Rows are updated in id order.
 */
export async function returnStock(
  tx: DbOrTx,
  lines: readonly { variantId: string; quantity: number }[],
  context: { reason: 'cancelled' | 'returned'; orderId: string; actor: { id: string; name: string } | null },
): Promise<void> {
  const byVariant = new Map<string, number>();
  for (const line of lines)
    byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  const ids = [...byVariant.keys()].sort();
  if (ids.length === 0) return;
  await setStockContext(tx, context);
  await tx.execute(sql`
    update ${productVariants} v set stock_on_hand = v.stock_on_hand + d.quantity
    from unnest(${sql.param(ids)}::text[], ${sql.param(ids.map((id) => byVariant.get(id) ?? 0))}::int[])
      as d(id, quantity)
    where v.id = d.id and v.track_inventory`);
}

export type StockReason = 'received' | 'sold' | 'returned' | 'adjusted' | 'damaged' | 'cancelled';

/**
 * Says why the stock changes in this transaction, for the ledger rows the database writes (transaction-local
 * settings read by the stock triggers).
 */
export async function setStockContext(
  tx: DbOrTx,
  context: {
    reason: StockReason;
    note?: string | null;
    orderId?: string | null;
    actor?: { id: string; name: string } | null;
  },
): Promise<void> {
  await tx.execute(sql`select
    set_config('comptoir.stock_reason', ${context.reason}, true),
    set_config('comptoir.stock_note', ${context.note ?? ''}, true),
    set_config('comptoir.stock_order', ${context.orderId ?? ''}, true),
    set_config('comptoir.stock_actor', ${context.actor?.id ?? ''}, true),
    set_config('comptoir.stock_actor_name', ${context.actor?.name ?? ''}, true)`);
}
