import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';

/** `POST /admin/auth/logout` (204): ends the session of the refresh cookie on the server and clears it. */
export async function signOut(): Promise<void> {
  await unwrap(api.POST('/admin/auth/logout'));
}
