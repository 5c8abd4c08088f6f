import { parseApiBaseUrl } from '@comptoir/sdk';

/**
 * The back-office's configuration: the only module that reads `import.meta.env`.
 * Values are checked once at start-up so a bad build fails loudly instead of calling the wrong URL.
 */
export const env = {
  /** Origin (and optional path prefix) of the API, without a trailing slash; `''` means the page's own origin. */
  apiUrl: parseApiBaseUrl(import.meta.env.VITE_API_URL, 'VITE_API_URL'),
  /** True in `vite dev`. */
  isDevelopment: import.meta.env.DEV,
};
