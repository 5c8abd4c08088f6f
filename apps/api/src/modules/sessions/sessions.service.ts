import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { generateToken, hashToken } from '../../shared/tokens';
import * as repository from './sessions.repository';
import type { AuthSessionRow } from './sessions.tables';

export type SubjectKind = AuthSessionRow['subjectKind'];

export interface IssuedSession {
  /** The opaque refresh token: given to the client once, stored only hashed. */
  refreshToken: string;
  familyId: string;
  subjectId: string;
  expiresAt: Date;
}

export interface SessionClient {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

/** Refresh tokens live 30 days; each use replaces them. */
export const refreshTokenTtlMs = 30 * 24 * 60 * 60 * 1000;
/** Refreshes racing with one token (several tabs) within this window are all served, not treated as theft. */
const rotationGraceMs = 10_000;

async function issue(
  db: DbOrTx,
  subjectKind: SubjectKind,
  subjectId: string,
  familyId: string,
  client: SessionClient,
): Promise<IssuedSession> {
  const refreshToken = generateToken();
  const expiresAt = new Date(Date.now() + refreshTokenTtlMs);
  await repository.insertSession(db, {
    id: newId('session'),
    subjectKind,
    subjectId,
    familyId,
    tokenHash: hashToken(refreshToken),
    expiresAt,
    userAgent: client.userAgent?.slice(0, 300),
    ip: client.ip,
  });
  return { refreshToken, familyId, subjectId, expiresAt };
}

/** Starts a new session family (a sign-in). */
export function startSession(
  db: DbOrTx,
  subjectKind: SubjectKind,
  subjectId: string,
  client: SessionClient,
): Promise<IssuedSession> {
  return issue(db, subjectKind, subjectId, newId('session'), client);
}

/**
 * Exchanges a refresh token for a new one in the same family. Throws `unauthenticated` for an unknown,
 * expired or revoked token. A token already rotated is accepted again only within a few seconds (tabs
 * racing); replayed later, it revokes its whole family.
 */
export async function rotateSession(
  db: DbOrTx,
  subjectKind: SubjectKind,
  refreshToken: string,
  client: SessionClient,
): Promise<IssuedSession> {
  const tokenHash = hashToken(refreshToken);
  const claimed = await repository.claimSessionForRotation(db, tokenHash);
  if (claimed && claimed.subjectKind === subjectKind) {
    return issue(db, subjectKind, claimed.subjectId, claimed.familyId, client);
  }
  const existing = claimed ?? (await repository.findSessionByTokenHash(db, tokenHash));
  if (
    existing?.rotatedAt &&
    !existing.revokedAt &&
    existing.subjectKind === subjectKind &&
    existing.expiresAt.getTime() > Date.now()
  ) {
    // Two tabs refreshing with the same token moments apart: both stay signed in (each gets its own token).
    // Later, the same replay means a copied token: the whole family ends.
    if (Date.now() - existing.rotatedAt.getTime() < rotationGraceMs) {
      return issue(db, subjectKind, existing.subjectId, existing.familyId, client);
    }
    await repository.revokeFamily(db, existing.familyId);
  }
  throw new AppError('unauthenticated', 'The session has ended; sign in again.');
}

/** Ends the session a refresh token belongs to (sign-out). Unknown tokens are ignored. */
export async function endSession(db: DbOrTx, refreshToken: string): Promise<void> {
  const existing = await repository.findSessionByTokenHash(db, hashToken(refreshToken));
  if (existing) await repository.revokeFamily(db, existing.familyId);
}

/** Ends every session of a subject (password change or reset, "sign out everywhere"), optionally but one. */
export function endAllSessions(
  db: DbOrTx,
  subjectKind: SubjectKind,
  subjectId: string,
  exceptFamilyId?: string,
): Promise<void> {
  return repository.revokeSubjectSessions(db, subjectKind, subjectId, exceptFamilyId);
}
