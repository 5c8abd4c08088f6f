import { createApiClient } from '@comptoir/sdk';
import { accessTokenStore } from './access-token';
import { env } from './config/env';

/**
 * Sign-in, refresh and sign-out are identified by the body or the refresh cookie, never by the bearer token: a
 * 401 there is a wrong password or a missing cookie, not an expired token. (`logout-all` is not listed: it
 * needs the employee's token to know whose sessions to end.)
 */
const anonymousPaths: ReadonlySet<string> = new Set([
  '/admin/auth/login',
  '/admin/auth/refresh',
  '/admin/auth/logout',
]);

/**
 * The back-office's single SDK instance; feature `api/` files are the only callers. Cookies are sent (the API
 * keeps the refresh token in an httpOnly cookie); every other request carries the employee's bearer token. A
 * 401 renews the token once through the refresh cookie and sends the request again; if that fails the
 * employee is signed out (the route guard then sends them to /login, remembering the page).
 */
export const api = createApiClient({
  baseUrl: env.apiUrl,
  credentials: 'include',
  isAnonymousPath: (path) => anonymousPaths.has(path),
  getAccessToken: () => accessTokenStore.get(),
  renewAccessToken: () => accessTokenStore.renew(),
  onUnauthorized: () => accessTokenStore.clear(),
});
