import { createAccessTokenStore } from '@comptoir/sdk';

/**
 * The storefront's one token store, read by the SDK client and the session provider. The customer's access
 * token stays in memory; the refresh cookie (path `/store/auth`) renews it across reloads.
 */
export const accessTokenStore = createAccessTokenStore();
