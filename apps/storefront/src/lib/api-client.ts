import { createApiClient } from '@comptoir/sdk';
import { accessTokenStore } from './access-token';
import { env } from './config/env';

/** Sign-in, sign-up, refresh, sign-out and password reset: identified by body or cookie, never by the token. */
const isAnonymousPath = (path: string) => path.startsWith('/store/auth/');

/**
 * The storefront's single SDK instance; feature `api/` files are the only callers. Cookies are sent (the API
 * keeps the refresh token in an httpOnly cookie); signed-in requests carry the customer's bearer token; a 401
 * renews the token once through the refresh cookie and retries, and signs the customer out if that fails.
 */
export const api = createApiClient({
  baseUrl: env.apiUrl,
  credentials: 'include',
  isAnonymousPath,
  getAccessToken: () => accessTokenStore.get(),
  renewAccessToken: () => accessTokenStore.renew(),
  onUnauthorized: () => accessTokenStore.clear(),
});
