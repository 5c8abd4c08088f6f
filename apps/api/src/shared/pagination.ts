import { z } from 'zod';
import { AppError } from './app-error';

/**
 * Keyset pagination: lists are ordered by a unique key (ids are time-sortable) and `cursor` is an opaque
 * token for the last key returned, so pages stay stable while rows are added.
 */
export const listQueryFields = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ description: 'Page size (1–100, default 20).' }),
  cursor: z.string().max(200).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
};

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** Decodes a cursor, or throws a 400 field error on `query.cursor`. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) {
    throw new AppError('validation_failed', 'The cursor is invalid.', [
      { path: 'query.cursor', message: 'Invalid cursor.' },
    ]);
  }
  return key;
}

/** Builds `{items, total, nextCursor}` from `limit + 1` fetched rows. */
/**
 * The position an offset cursor (an `encodeCursor` of a row count) stands for; 0 without one. Used where the
 * order is not by id (relevance, price, title): a forged or damaged cursor is a 400 on `query.cursor`.
 */
export function decodeOffsetCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(String(offset)) !== cursor) {
    throw new AppError('validation_failed', 'The cursor is invalid.', [
      { path: 'query.cursor', message: 'Invalid cursor.' },
    ]);
  }
  return offset;
}

export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  total: number,
  keyOf: (row: Row) => string,
  map: (row: Row) => Item,
): { items: Item[]; total: number; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(map),
    total,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/** The response schema of a list of `item`. */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() })
    .meta({ id });
}

/** An ILIKE pattern matching `text` anywhere, with the caller's `%`, `_` and `\\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
