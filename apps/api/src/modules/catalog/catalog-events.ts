import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { emitWebhookEvent, hasWebhookSubscribers } from '../webhooks';
import { products, productVariants } from './catalog.tables';
import { defaultLowStockThreshold } from './inventory.schemas';

/**
 * The catalog's webhook events, emitted inside the transaction of the change. Each first asks whether any
 * endpoint subscribes (one indexed query) and reads what the payload needs only then.
 */

/** `product.created|updated|deleted` for each product (before a delete: the rows are read, then go). */
export async function emitProductEvents(
  tx: DbOrTx,
  type: 'product.created' | 'product.updated' | 'product.deleted',
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0 || !(await hasWebhookSubscribers(tx, type))) return;
  const rows = await tx
    .select({
      productId: products.id,
      handle: products.handle,
      title: products.title,
      status: products.status,
      version: products.version,
    })
    .from(products)
    .where(inArray(products.id, [...new Set(ids)]));
  for (const row of rows) await emitWebhookEvent(tx, type, row);
}

/** Variants' stock on hand now, to compare with after a change. */
export async function stockLevels(tx: DbOrTx, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: productVariants.id, stockOnHand: productVariants.stockOnHand })
    .from(productVariants)
    .where(inArray(productVariants.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.stockOnHand]));
}

/**
 * `inventory.low` for each tracked variant whose stock went from above its low-stock threshold (its own, or
 * the store default) to at or below it. Rises and moves within the low zone say nothing.
 */
export async function emitLowStockEvents(
  tx: DbOrTx,
  changes: readonly { variantId: string; before: number; after: number }[],
): Promise<void> {
  const falling = changes.filter((change) => change.after < change.before);
  if (falling.length === 0 || !(await hasWebhookSubscribers(tx, 'inventory.low'))) return;
  const rows = await tx
    .select({
      variantId: productVariants.id,
      productId: productVariants.productId,
      productTitle: products.title,
      sku: productVariants.sku,
      trackInventory: productVariants.trackInventory,
      lowStockThreshold: productVariants.lowStockThreshold,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      inArray(
        productVariants.id,
        falling.map((change) => change.variantId),
      ),
    );
  for (const change of falling) {
    const row = rows.find((candidate) => candidate.variantId === change.variantId);
    if (!row?.trackInventory) continue;
    const threshold = row.lowStockThreshold ?? defaultLowStockThreshold;
    if (change.before > threshold && change.after <= threshold) {
      await emitWebhookEvent(tx, 'inventory.low', {
        variantId: row.variantId,
        productId: row.productId,
        productTitle: row.productTitle,
        sku: row.sku,
        stockOnHand: change.after,
        previousStockOnHand: change.before,
        lowStockThreshold: threshold,
      });
    }
  }
}
