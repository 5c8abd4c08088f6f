import { createAccessTokenStore } from '@comptoir/sdk';

/**
 * The back-office's one token store, read by the SDK client and the session provider. The employee's access
 * token stays in memory; the refresh cookie (path `/admin/auth`) renews it across reloads.
 */
export const accessTokenStore = createAccessTokenStore();
