import type { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { adminOrderListQuerySchema } from '../orders/admin-orders.schemas';
import * as repository from './saved-views.repository';
import type { NewSavedView, SavedView, SavedViewList } from './saved-views.schemas';
import type { SavedViewRow } from './saved-views.tables';

/** What a saved view may keep of each list's query: its filters and sort, never a page position. */
const listQuerySchemas: Record<SavedViewList, z.ZodObject> = {
  orders: adminOrderListQuerySchema.omit({ cursor: true }),
};

/**
 * The query string as saved: only the list's known keys (first occurrence of each, in the order given),
 * each value checked against the list's own query schema so a saved view always opens. An invalid value is
 * `validation_failed` on `query`.
 */
export function normalizeViewQuery(list: SavedViewList, query: string): string {
  const schema = listQuerySchemas[list];
  const known = new Set(Object.keys(schema.shape));
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(query)) {
    if (known.has(key) && !kept.has(key)) kept.append(key, value);
  }
  const parsed = schema.safeParse(Object.fromEntries(kept));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    throw new AppError('validation_failed', 'The query has an invalid filter.', [
      { path: 'query', message: `${key ? `${key}: ` : ''}${issue?.message ?? 'is invalid'}` },
    ]);
  }
  return kept.toString();
}

function toSavedView(row: SavedViewRow): SavedView {
  return {
    id: row.id,
    list: row.list as SavedViewList,
    name: row.name,
    query: row.query,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The employee's own views of a list, by name. */
export async function listSavedViews(
  db: DbOrTx,
  employeeId: string,
  list: SavedViewList,
): Promise<{ items: SavedView[] }> {
  return { items: (await repository.listSavedViewRows(db, employeeId, list)).map(toSavedView) };
}

/**
 * Saves a view for the employee. Throws `validation_failed` on `query` for an invalid filter and `conflict`
 * when they already have a view of this name for the list (the unique index decides, also under races).
 */
export async function createSavedView(
  db: DbOrTx,
  employeeId: string,
  input: NewSavedView,
): Promise<SavedView> {
  const row = await repository.insertSavedView(db, {
    id: newId('savedView'),
    employeeId,
    list: input.list,
    name: input.name,
    query: normalizeViewQuery(input.list, input.query),
  });
  if (!row) throw new AppError('conflict', `You already have a view named "${input.name}".`);
  return toSavedView(row);
}

/** Deletes one of the employee's views (`not_found` for someone else's or an unknown id). */
export async function deleteSavedView(db: DbOrTx, employeeId: string, id: string): Promise<void> {
  if (!(await repository.deleteSavedViewRow(db, employeeId, id))) {
    throw new AppError('not_found', 'No such saved view.');
  }
}
