import type { ApiKey } from '../api/list-api-keys';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired; a key without expiry stays active until revoked. */
export function getApiKeyStatus(
  key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>,
  now = Date.now(),
): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
