import { createApiClient } from '@comptoir/sdk';
import { accessTokenStore } from './access-token';
import { env } from './config/env';

/**
 * The back-office's single SDK instance; feature `api/` files are the only callers. Every request carries the
 * employee's bearer token, and any 401 signs the employee out (the route guard then sends them to /login).
 */
export const api = createApiClient({
  baseUrl: env.apiUrl,
  getAccessToken: () => accessTokenStore.get(),
  onUnauthorized: () => accessTokenStore.clear(),
});
