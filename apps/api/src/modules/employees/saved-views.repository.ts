import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type SavedViewRow, savedViews } from './saved-views.tables';

export function listSavedViewRows(db: DbOrTx, employeeId: string, list: string): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.employeeId, employeeId), eq(savedViews.list, list)))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

/** Inserts the view; undefined when the employee already has one of this name for the list. */
export async function insertSavedView(
  db: DbOrTx,
  row: Omit<typeof savedViews.$inferInsert, 'createdAt'>,
): Promise<SavedViewRow | undefined> {
  const [inserted] = await db
    .insert(savedViews)
    .values(row)
    .onConflictDoNothing({ target: [savedViews.employeeId, savedViews.list, savedViews.name] })
    .returning();
  return inserted;
}

/** Deletes the employee's view; false when they have no view with this id. */
export async function deleteSavedViewRow(db: DbOrTx, employeeId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.employeeId, employeeId)))
    .returning({ id: savedViews.id });
  return deleted.length > 0;
}
