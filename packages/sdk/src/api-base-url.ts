/**
 * Validates the API base URL a client is configured with: empty (the page's own origin), an absolute http(s)
 * URL, or a path starting with `/`. Returns it trimmed and without trailing slashes, ready for
 * `createApiClient({ baseUrl })`; throws a message naming `source` (e.g. the environment variable it came from)
 * for anything else, so a bad build fails loudly instead of calling the wrong URL.
 */
export function parseApiBaseUrl(raw: string | undefined, source = 'API base URL'): string {
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
      `Invalid ${source} "${value}": use an absolute http(s) URL, a path starting with "/", or leave it empty for the same origin.`,
    );
  }
  return value.replace(/\/+$/, '');
}
