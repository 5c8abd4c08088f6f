import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { idempotencyKeys } from './idempotency.tables';

/** How long a completed response can be replayed. */
export const replayWindowHours = 24;
/** How long a claim may run before another request may take it over (its process is presumed dead). */
export const claimSeconds = 60;

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export type Claim =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; response: StoredResponse }
  | { outcome: 'in_progress' }
  | { outcome: 'mismatch' };

/** The request's fingerprint: method, path and body (the key may only ever mean one request). */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${body === undefined ? '' : JSON.stringify(body)}`)
    .digest('hex');
}

/**
 * Claims `key` for this request, atomically (the primary key decides between concurrent claims). An
 * expired row or an abandoned claim is replaced; otherwise the existing row says replay, wait or refuse.
 */
export async function claimKey(db: DbOrTx, scope: string, key: string, fingerprint: string): Promise<Claim> {
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({
      scope,
      key,
      fingerprint,
      status: 'in_progress',
      lockedUntil: sql`now() + make_interval(secs => ${claimSeconds})`,
      expiresAt: sql`now() + make_interval(hours => ${replayWindowHours})`,
    })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: {
        fingerprint,
        status: 'in_progress',
        responseStatus: null,
        responseContentType: null,
        responseBody: null,
        createdAt: sql`now()`,
        lockedUntil: sql`now() + make_interval(secs => ${claimSeconds})`,
        expiresAt: sql`now() + make_interval(hours => ${replayWindowHours})`,
      },
      // Only a stale row is taken over: expired, or an in-progress claim whose process is gone.
      setWhere: sql`${idempotencyKeys.expiresAt} < now()
        or (${idempotencyKeys.status} = 'in_progress' and ${idempotencyKeys.lockedUntil} < now())`,
    })
    .returning({ scope: idempotencyKeys.scope });
  if (claimed) return { outcome: 'claimed' };
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  // Released between the two statements: the caller tries again.
  if (!row) return { outcome: 'in_progress' };
  if (row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
  if (row.status === 'completed' && row.responseStatus !== null && row.responseBody !== null) {
    return {
      outcome: 'replay',
      response: { status: row.responseStatus, contentType: row.responseContentType, body: row.responseBody },
    };
  }
  return { outcome: 'in_progress' };
}

/** Stores the response of a claimed key: later requests with the key replay it. */
export async function completeKey(
  db: DbOrTx,
  scope: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({
      status: 'completed',
      responseStatus: response.status,
      responseContentType: response.contentType,
      responseBody: response.body,
    })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

/** Gives a claim back (the request failed in a way a retry may fix): the next request runs afresh. */
export async function releaseKey(db: DbOrTx, scope: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.status, 'in_progress'),
      ),
    );
}

/** Deletes rows past their replay window; returns how many. */
export async function purgeExpiredKeys(db: DbOrTx): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.expiresAt, sql`now()`))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
