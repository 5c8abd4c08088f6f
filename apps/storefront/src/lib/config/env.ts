/**
 * The storefront's configuration: the only module that reads `import.meta.env`.
 * Values are checked once at start-up so a bad build fails loudly instead of calling the wrong URL.
 */

export interface Env {
  /** Origin (and optional path prefix) of the API, without a trailing slash; `''` means the page's own origin. */
  apiUrl: string;
  /** True in `vite dev`. */
  isDevelopment: boolean;
}

/** Validates `VITE_API_URL`: empty (same origin), an absolute http(s) URL, or a path starting with `/`. */
export function parseApiUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  const isPath = value.startsWith('/') && !value.startsWith('//');
  let isHttpUrl = false;
  try {
    const url = new URL(value);
    isHttpUrl = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    isHttpUrl = false;
  }
  if (!isPath && !isHttpUrl) {
    throw new Error(
      `Invalid VITE_API_URL "${value}": use an absolute http(s) URL, a path starting with "/", or leave it empty for the same origin.`,
    );
  }
  return value.replace(/\/+$/, '');
}

export const env: Env = {
  apiUrl: parseApiUrl(import.meta.env.VITE_API_URL),
  isDevelopment: import.meta.env.DEV,
};
