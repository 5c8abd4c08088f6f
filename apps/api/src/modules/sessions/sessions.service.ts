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
/** Two refreshes racing with one token (two tabs) within this window are not treated as theft. */
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
 * expired or revoked token; a token that was already rotated (replayed) revokes its whole family.
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
  if (existing?.rotatedAt && !existing.revokedAt) {
    const benignRace = Date.now() - existing.rotatedAt.getTime() < rotationGraceMs;
    if (!benignRace) await repository.revokeFamily(db, existing.familyId);
  }
  throw new AppError('unauthenticated', 'The session has ended; sign in again.');
}

/** Ends the session a refresh token belongs to (sign-out). Unknown tokens are ignored. */
export async function endSession(db: DbOrTx, refreshToken: string): Promise<void> {
  const existing = await repository.findSessionByTokenHash(db, hashToken(refreshToken));
  if (existing) await repository.revokeFamily(db, existing.familyId);
}

/** The session family a refresh token belongs to, if it is still live. */
export async function findLiveFamily(db: DbOrTx, refreshToken: string): Promise<string | undefined> {
  const existing = await repository.findSessionByTokenHash(db, hashToken(refreshToken));
  if (!existing || existing.revokedAt || existing.expiresAt.getTime() <= Date.now()) return undefined;
  return existing.familyId;
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
