import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { hashToken } from '../../shared/tokens';
import { isPermission, type Permission } from '../employees';
import { type ApiKeyRow, apiKeys } from './api-keys.tables';

export const apiKeyPrefix = 'ck_';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  permissions: Permission[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

/** What an authenticated API key may do on the Admin API. */
export interface ApiKeyActor {
  id: string;
  name: string;
  permissions: Permission[];
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions.filter(isPermission),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Creates a key; the secret is returned here once and only its hash is kept. */
export async function createApiKey(
  db: DbOrTx,
  input: { name: string; permissions: Permission[]; expiresAt?: Date | undefined; createdBy: string },
): Promise<{ apiKey: ApiKey; secret: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new AppError('validation_failed', 'The expiry is in the past.', [
      { path: 'expiresAt', message: 'Choose a date in the future.' },
    ]);
  }
  const secret = `${apiKeyPrefix}${randomBytes(30).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      id: newId('apiKey'),
      name: input.name,
      prefix: secret.slice(0, 11),
      keyHash: hashToken(secret),
      permissions: [...new Set(input.permissions)],
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return { apiKey: toApiKey(row), secret };
}

export async function listApiKeys(db: DbOrTx): Promise<ApiKey[]> {
  return (await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))).map(toApiKey);
}

/** Revokes a key at once; revoking twice is harmless. */
export async function revokeApiKey(db: DbOrTx, id: string): Promise<void> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(eq(apiKeys.id, id))
    .returning({ id: apiKeys.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such API key.');
}

/**
 * The live key behind a bearer secret, or undefined (unknown, revoked or expired). Records the use,
 * at most once a minute per key so busy integrations do not write on every call.
 */
export async function authenticateApiKey(db: Database, secret: string): Promise<ApiKeyActor | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.keyHash, hashToken(secret)),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), sql`${apiKeys.expiresAt} > now()`),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.id, row.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
        ),
      );
  }
  return { id: row.id, name: row.name, permissions: row.permissions.filter(isPermission) };
}
