import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type CategoryRow, categories } from './catalog.tables';

export async function listCategories(db: DbOrTx): Promise<CategoryRow[]> {
  return db.select().from(categories).orderBy(asc(categories.position), asc(categories.name));
}

export async function findCategory(db: DbOrTx, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id)).limit(1);
  return row;
}

/** Serialises tree moves: two concurrent moves can never build a cycle between them. */
export async function lockTree(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('comptoir:categories-tree'))`);
}

/** The ids of a category and all its ancestors (walking up from `id`). */
export async function ancestorIds(db: DbOrTx, id: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from ${categories} where id = ${id}
      union all
      select c.id, c.parent_id from ${categories} c join up on c.id = up.parent_id
    )
    select id from up`);
  return result.rows.map((row) => row.id);
}

export async function insertCategory(
  db: DbOrTx,
  row: typeof categories.$inferInsert,
): Promise<CategoryRow | undefined> {
  const [inserted] = await db.insert(categories).values(row).onConflictDoNothing().returning();
  return inserted;
}

/** Applies a change if the row is still at `version`; undefined otherwise. */
export async function updateCategory(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Partial<Pick<CategoryRow, 'name' | 'handle' | 'description' | 'parentId' | 'position'>>,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(categories)
    .set({ ...changes, version: sql`${categories.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(categories.id, id), eq(categories.version, version)))
    .returning();
  return row;
}

export async function hasChildren(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.parentId, id))
    .limit(1);
  return row !== undefined;
}

export async function deleteCategory(db: DbOrTx, id: string): Promise<boolean> {
  const deleted = await db.delete(categories).where(eq(categories.id, id)).returning({ id: categories.id });
  return deleted.length > 0;
}

export async function findCategoryByHandle(db: DbOrTx, handle: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.handle, handle)).limit(1);
  return row;
}
