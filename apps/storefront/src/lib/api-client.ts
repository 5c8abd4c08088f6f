import { createApiClient } from '@comptoir/sdk';
import { env } from './config/env';

/** The storefront's single SDK instance; feature `api/` files are the only callers. */
export const api = createApiClient({ baseUrl: env.apiUrl });
