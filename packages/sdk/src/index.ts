import { ApiError } from './api-error.js';
import type { components } from './generated/openapi.js';

export {
  type AccessTokenStore,
  createAccessTokenStore,
  type TokenRenewer,
  type TokenState,
} from './access-token-store.js';
export { parseApiBaseUrl } from './api-base-url.js';
export { type ApiClient, type ApiClientOptions, createApiClient } from './api-client.js';
export { ApiError, type FieldError } from './api-error.js';
export { type ApiErrorWording, describeApiError } from './describe-api-error.js';
export {
  createFormErrorReader,
  type FormErrorOptions,
  type FormErrorReader,
  type FormErrors,
} from './form-errors.js';
export type { components, paths } from './generated/openapi.js';
export { isTemporaryApiError, shouldRetryApiRequest } from './retry-policy.js';

export type Problem = components['schemas']['Problem'];
export type StoreSettings = components['schemas']['StoreSettings'];
export type AdminSettings = components['schemas']['AdminSettings'];
export type SettingsUpdate = components['schemas']['SettingsUpdateInput'];
export type Employee = components['schemas']['Employee'];
export type AdminSession = components['schemas']['AdminSession'];
export type Customer = components['schemas']['Customer'];
export type CustomerSession = components['schemas']['CustomerSession'];
export type CustomerAddress = components['schemas']['CustomerAddress'];

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
export {
  verifyWebhook,
  type WebhookEvent,
  type WebhookVerification,
  webhookHeaders,
} from './webhooks.js';
