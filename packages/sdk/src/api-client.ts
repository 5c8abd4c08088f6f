import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';

/** A typed client for every route of the Comptoir API (generated from its OpenAPI document). */
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** The API origin, e.g. `https://api.example.com`; empty string for the page's own origin. */
  baseUrl: string;
  /** Returns the bearer token to send, if any. */
  getAccessToken?: () => string | null | undefined;
  /**
   * Called when a request that carried a bearer token is answered 401 (the token expired): resolves a new
   * token (e.g. through a refresh-token cookie), and the request is then sent once more with it; resolves null
   * when the session cannot be renewed. Concurrent callers should share one renewal (the caller's job: a
   * refresh token is usually single-use).
   */
  renewAccessToken?: () => Promise<string | null>;
  /** Called when the API answers 401 (token missing or expired, and not renewed). */
  onUnauthorized?: () => void;
  /**
   * Whether requests send cookies: `'include'` when the API sets an httpOnly refresh-token cookie (also across
   * origins, if its CORS policy allows). Defaults to the Fetch API's `'same-origin'`.
   */
  credentials?: RequestCredentials;
  /**
   * Paths (as written in the OpenAPI document, e.g. `/store/auth/refresh`) that must never carry the bearer
   * token: sign-in, sign-up, token refresh. A 401 there is a wrong password or a missing cookie, not an expired
   * token, so it neither triggers a renewal nor calls `onUnauthorized`.
   */
  isAnonymousPath?: (path: string) => boolean;
  fetch?: typeof globalThis.fetch;
}

/**
 * Creates a typed client. Usage: `await unwrap(api.GET('/store/settings'))`.
 * Sends the bearer token from `getAccessToken`; on a 401 to an authenticated request, renews the token once
 * through `renewAccessToken` and retries; reports the 401s that remain to `onUnauthorized`.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  // Looked up per request, so a test (or a polyfill) that replaces `fetch` after start-up is honoured.
  const send = (request: Request) => (options.fetch ?? globalThis.fetch)(request);
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: send,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  // Copies of authenticated requests, kept until their answer is known, to send again after a renewal (a body
  // can be read only once). Keyed by openapi-fetch's per-request id.
  const retryCopies = new Map<string, Request>();

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (options.isAnonymousPath?.(schemaPath)) return request;
      const token = options.getAccessToken?.();
      if (!token) return request;
      request.headers.set('authorization', `Bearer ${token}`);
      if (options.renewAccessToken) retryCopies.set(id, request.clone());
      return request;
    },
    async onResponse({ response, schemaPath, id }) {
      const retryCopy = retryCopies.get(id);
      retryCopies.delete(id);
      if (response.status !== 401) return response;
      if (options.isAnonymousPath?.(schemaPath)) return response;
      if (retryCopy && options.renewAccessToken) {
        const token = await options.renewAccessToken();
        if (token) {
          retryCopy.headers.set('authorization', `Bearer ${token}`);
          const retried = await send(retryCopy);
          if (retried.status === 401) options.onUnauthorized?.();
          return retried;
        }
      }
      options.onUnauthorized?.();
      return response;
    },
    onError({ id }) {
      retryCopies.delete(id);
    },
  };
  client.use(auth);
  return client;
}
