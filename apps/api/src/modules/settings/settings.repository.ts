import { and, eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { type StoreSettingsRow, storeSettings } from './settings.tables';

const prepared = new WeakMap<Database, ReturnType<typeof prepareGet>>();
function prepareGet(db: Database) {
  return db
    .select()
    .from(storeSettings)
    .where(eq(storeSettings.id, 1))
    .limit(1)
    .prepare('store_settings_get');
}

/** Read on every storefront page load: a prepared statement. */
export async function getSettingsRow(db: Database): Promise<StoreSettingsRow | undefined> {
  let statement = prepared.get(db);
  if (!statement) {
    statement = prepareGet(db);
    prepared.set(db, statement);
  }
  const [row] = await statement.execute();
  return row;
}

export async function insertSettingsIfMissing(
  db: DbOrTx,
  values: Omit<typeof storeSettings.$inferInsert, 'id' | 'version' | 'updatedAt'>,
): Promise<boolean> {
  const inserted = await db
    .insert(storeSettings)
    .values({ ...values, id: 1 })
    .onConflictDoNothing()
    .returning({ id: storeSettings.id });
  return inserted.length > 0;
}

/**
 * Applies a change and bumps the version in one statement. With `expectedVersion`, the update only
 * happens if nobody changed the row since (returns undefined otherwise).
 */
export async function updateSettingsRow(
  db: DbOrTx,
  changes: Partial<Omit<StoreSettingsRow, 'id' | 'version' | 'updatedAt'>>,
  expectedVersion: number | undefined,
): Promise<StoreSettingsRow | undefined> {
  const condition =
    expectedVersion === undefined
      ? eq(storeSettings.id, 1)
      : and(eq(storeSettings.id, 1), eq(storeSettings.version, expectedVersion));
  const [row] = await db
    .update(storeSettings)
    .set({ ...changes, version: sql`${storeSettings.version} + 1`, updatedAt: sql`now()` })
    .where(condition)
    .returning();
  return row;
}

/** The return window, read inside the caller's transaction (returns are checked with the order locked). */
export async function getReturnWindowDays(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ days: storeSettings.returnWindowDays })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1));
  return row?.days ?? 0;
}
