import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';

/**
 * `POST /admin/auth/logout-all` (204): ends every session of the signed-in employee, on every device (each
 * refresh token is revoked; access tokens already handed out expire within minutes).
 */
export async function signOutEverywhere(): Promise<void> {
  await unwrap(api.POST('/admin/auth/logout-all'));
}
