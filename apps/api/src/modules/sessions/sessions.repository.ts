import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type AuthSessionRow, authSessions } from './sessions.tables';

export async function insertSession(db: DbOrTx, row: typeof authSessions.$inferInsert): Promise<void> {
  await db.insert(authSessions).values(row);
}

/**
 * Marks a live, unrotated session as rotated and returns it, in one statement: of two concurrent refreshes
 * with the same token exactly one gets the row.
 */
export async function claimSessionForRotation(
  db: DbOrTx,
  tokenHash: string,
): Promise<AuthSessionRow | undefined> {
  const [row] = await db
    .update(authSessions)
    .set({ rotatedAt: sql`now()` })
    .where(
      and(
        eq(authSessions.tokenHash, tokenHash),
        isNull(authSessions.rotatedAt),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row;
}

export async function findSessionByTokenHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<AuthSessionRow | undefined> {
  const [row] = await db.select().from(authSessions).where(eq(authSessions.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function revokeFamily(db: DbOrTx, familyId: string): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(authSessions.familyId, familyId), isNull(authSessions.revokedAt)));
}

export async function revokeSubjectSessions(
  db: DbOrTx,
  subjectKind: AuthSessionRow['subjectKind'],
  subjectId: string,
  exceptFamilyId?: string,
): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(authSessions.subjectKind, subjectKind),
        eq(authSessions.subjectId, subjectId),
        isNull(authSessions.revokedAt),
        exceptFamilyId ? ne(authSessions.familyId, exceptFamilyId) : undefined,
      ),
    );
}
