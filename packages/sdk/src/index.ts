import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './generated/openapi';

export type { components, paths } from './generated/openapi';

/** A typed client for every route of the Comptoir API (generated from its OpenAPI document). */
export type ApiClient = Client<paths>;

export type Problem = components['schemas']['Problem'];
export type StoreSettings = components['schemas']['StoreSettings'];
export type AdminSettings = components['schemas']['AdminSettings'];
export type SettingsUpdate = components['schemas']['SettingsUpdateInput'];
export type Employee = components['schemas']['Employee'];
export type AdminSession = components['schemas']['AdminSession'];

export interface FieldError {
  path: string;
  message: string;
}

/** An API error: the RFC 9457 problem details the API answered with (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly requestId?: string;

  constructor(status: number, problem: Partial<Problem> = {}) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network_error' : 'unknown_error');
    this.title = problem.title ?? 'Request failed';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
  }

  /** The message for one field (`path`), if the API reported one. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

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
