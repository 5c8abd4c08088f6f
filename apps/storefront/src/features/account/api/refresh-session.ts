import { ApiError, type CustomerSession, unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';

/**
 * `POST /store/auth/refresh`: trades the httpOnly refresh cookie for a new access token (and a new cookie).
 * Resolves null when there is no session to restore (401: no cookie, or it expired or was revoked).
 */
export async function refreshSession(): Promise<CustomerSession | null> {
  try {
    return await unwrap(api.POST('/store/auth/refresh'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
