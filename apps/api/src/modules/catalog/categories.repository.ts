import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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

/**
 * Numbers the children of `parentId` 0, 1, 2… in their current order, with `movedId` put at `index`
 * (clamped). Call with the tree locked.
 */
export async function renumberSiblings(
  db: DbOrTx,
  parentId: string | null,
  movedId: string,
  index: number | undefined,
): Promise<void> {
  const siblings = await db.execute<{ id: string }>(sql`
    select id from categories where parent_id is not distinct from ${parentId}::text
    order by position, name, id`);
  const ids = siblings.rows.map((row) => row.id).filter((id) => id !== movedId);
  const at = index === undefined ? ids.length : Math.min(Math.max(index, 0), ids.length);
  if (siblings.rows.some((row) => row.id === movedId) || index !== undefined) ids.splice(at, 0, movedId);
  await db.execute(sql`
    update categories set position = ordered.n - 1
    from unnest(${sql.param(ids)}::text[]) with ordinality as ordered(id, n)
    where categories.id = ordered.id and categories.position <> ordered.n - 1`);
}

export async function nextPosition(db: DbOrTx, parentId: string | null): Promise<number> {
  const result = await db.execute<{ next: number }>(sql`
    select coalesce(max(position) + 1, 0)::int as next from categories
    where parent_id is not distinct from ${parentId}::text`);
  return result.rows[0]?.next ?? 0;
}

export async function setImage(
  db: DbOrTx,
  id: string,
  image: Partial<
    Pick<
      typeof categories.$inferInsert,
      'imageStorageKey' | 'imageContentType' | 'imageWidth' | 'imageHeight' | 'imageAlt'
    >
  >,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(categories)
    .set({ ...image, updatedAt: sql`now()` })
    .where(eq(categories.id, id))
    .returning();
  return row;
}

/** Handles and names of categories by id (for links and tiles); unknown ids are absent from the map. */
export async function findCategoryRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; handle: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: categories.id, handle: categories.handle, name: categories.name })
    .from(categories)
    .where(inArray(categories.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}
