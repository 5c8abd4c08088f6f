import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { components, paths } from './generated/openapi';

export { parseApiBaseUrl } from './api-base-url';
export { ApiError, type FieldError } from './api-error';
export { type ApiErrorWording, describeApiError } from './describe-api-error';
export type { components, paths } from './generated/openapi';
export { isTemporaryApiError, shouldRetryApiRequest } from './retry-policy';

/** A typed client for every route of the Comptoir API (generated from its OpenAPI document). */
export type ApiClient = Client<paths>;

export type Problem = components['schemas']['Problem'];
export type StoreSettings = components['schemas']['StoreSettings'];
export type AdminSettings = components['schemas']['AdminSettings'];
export type SettingsUpdate = components['schemas']['SettingsUpdateInput'];
export type Employee = components['schemas']['Employee'];
export type AdminSession = components['schemas']['AdminSession'];

export interface ApiClientOptions {
  /** The API origin, e.g. `https://api.example.com`; empty string for the page's own origin. */
  baseUrl: string;
  /** Returns the bearer token to send, if any. */
  getAccessToken?: () => string | null | undefined;
  /** Called when the API answers 401 (token missing or expired). */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Creates a typed client. Usage: `await unwrap(api.GET('/store/settings'))`.
 * Sends the bearer token from `getAccessToken` and reports 401s to `onUnauthorized`.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.getAccessToken?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized?.();
      return response;
    },
  };
  client.use(auth);
  return client;
}

function isProblem(value: unknown): value is Partial<Problem> {
  return typeof value === 'object' && value !== null && ('code' in value || 'title' in value);
}

/**
 * Resolves an openapi-fetch call to its data, or throws `ApiError` carrying the problem details.
 * Network failures become `ApiError` with status 0 and code `network_error`.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: error instanceof Error ? error.message : 'The API could not be reached.',
    });
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : {});
  }
  return result.data as T;
}
