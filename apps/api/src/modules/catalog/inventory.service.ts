import { and, asc, count, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { containsPattern, decodeCursor, encodeCursor, toPage } from '../../shared/pagination';
import { products, productVariants, stockMovements } from './catalog.tables';
import { emitLowStockEvents } from './catalog-events';
import { defaultLowStockThreshold, type InventoryItem, type StockAdjustment } from './inventory.schemas';
import { setStockContext } from './stock.service';

const threshold = sql<number>`coalesce(${productVariants.lowStockThreshold}, ${defaultLowStockThreshold})`;
const isLow = sql`${productVariants.trackInventory} and ${productVariants.stockOnHand} <= ${threshold}`;

function itemsQuery(db: DbOrTx) {
  return db
    .select({
      variantId: productVariants.id,
      productId: products.id,
      productTitle: products.title,
      sku: productVariants.sku,
      options: productVariants.optionValues,
      trackInventory: productVariants.trackInventory,
      stockOnHand: productVariants.stockOnHand,
      lowStockThreshold: threshold,
      lowStock: sql<boolean>`${isLow}`,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId));
}

/** Variants with their stock (low-stock ones first when asked), by variant id pages. */
export async function listInventory(
  db: DbOrTx,
  query: {
    q?: string | undefined;
    lowStock?: boolean | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ items: InventoryItem[]; total: number; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor);
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const filter = and(
    pattern ? or(ilike(productVariants.sku, pattern), ilike(products.title, pattern)) : undefined,
    query.lowStock ? (isLow as SQL) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    itemsQuery(db)
      .where(and(filter, after ? lt(productVariants.id, after) : undefined))
      .orderBy(desc(productVariants.id))
      .limit(query.limit + 1),
    db
      .select({ total: count() })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(filter),
  ]);
  return toPage(
    rows,
    query.limit,
    counted?.total ?? 0,
    (row) => row.variantId,
    (row) => row,
  );
}

/**
 * Applies stock adjustments (deliveries, stock takes, damage) all or nothing: variants locked in id order, a
 * result below zero refused on its item, each change written to the ledger with the reason, note and employee.
 */
export async function adjustStock(
  db: Database,
  input: StockAdjustment,
  actor: { id: string; name: string },
): Promise<InventoryItem[]> {
  const ids = [...new Set(input.items.map((item) => item.variantId))].sort();
  if (ids.length !== input.items.length)
    throw new AppError('validation_failed', 'List each variant once.', [
      { path: 'items', message: 'List each variant once.' },
    ]);
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: productVariants.id, stockOnHand: productVariants.stockOnHand, sku: productVariants.sku })
      .from(productVariants)
      .where(inArray(productVariants.id, ids))
      .orderBy(asc(productVariants.id))
      .for('update');
    const problems: { path: string; message: string }[] = [];
    const targets = input.items.map((item, index) => {
      const row = rows.find((candidate) => candidate.id === item.variantId);
      if (!row) {
        problems.push({ path: `items.${index}.variantId`, message: 'No such variant.' });
        return { id: item.variantId, stock: 0 };
      }
      const stock = item.setTo ?? row.stockOnHand + (item.delta ?? 0);
      if (stock < 0)
        problems.push({
          path: `items.${index}.delta`,
          message: `Only ${row.stockOnHand} of ${row.sku} in stock.`,
        });
      return { id: row.id, stock };
    });
    if (problems.length > 0) throw new AppError('validation_failed', problems[0]?.message, problems);
    await setStockContext(tx, { reason: input.reason, note: input.note ?? null, actor });
    await tx.execute(sql`
      update ${productVariants} v set stock_on_hand = d.stock, updated_at = now()
      from unnest(${sql.param(targets.map((t) => t.id))}::text[], ${sql.param(targets.map((t) => t.stock))}::int[])
        as d(id, stock)
      where v.id = d.id`);
    await emitLowStockEvents(
      tx,
      targets.map((target) => ({
        variantId: target.id,
        before: rows.find((row) => row.id === target.id)?.stockOnHand ?? target.stock,
        after: target.stock,
      })),
    );
  });
  return itemsQuery(db).where(inArray(productVariants.id, ids)).orderBy(asc(productVariants.id));
}

export async function setLowStockThreshold(
  db: Database,
  variantId: string,
  value: number | null,
): Promise<InventoryItem> {
  const updated = await db
    .update(productVariants)
    .set({ lowStockThreshold: value })
    .where(eq(productVariants.id, variantId))
    .returning({ id: productVariants.id });
  if (updated.length === 0) throw new AppError('not_found', 'No such variant.');
  const [item] = await itemsQuery(db).where(eq(productVariants.id, variantId));
  if (!item) throw new AppError('not_found', 'No such variant.');
  return item;
}

/** A variant's ledger, newest first. */
export async function listStockMovements(
  db: DbOrTx,
  variantId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  const after = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(stockMovements)
    .where(
      and(eq(stockMovements.variantId, variantId), after ? lt(stockMovements.id, Number(after)) : undefined),
    )
    .orderBy(desc(stockMovements.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      delta: row.delta,
      stockAfter: row.stockAfter,
      reason: row.reason,
      note: row.note,
      orderId: row.orderId,
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? row.actorId } : null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(String(last.id)) : null,
  };
}
