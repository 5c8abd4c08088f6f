import { createApiClient } from '@comptoir/sdk';
import { accessTokenStore } from './access-token';
import { env } from './config/env';

/**
 * Requests that never carry the customer's token: sign-in, sign-up, refresh, sign-out and password reset
 * (identified by body or cookie), and the public content (branding, menus, homepage, pages), which is the
 * same for everyone. A 401 there is not an expired session (for content: an expired preview link), so it
 * must neither renew the token nor sign the customer out.
 */
const isAnonymousPath = (path: string) =>
  path.startsWith('/store/auth/') || path.startsWith('/store/content/') || path.startsWith('/store/pages/');

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
