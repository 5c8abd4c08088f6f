import { ApiError } from './api-error.js';

/** How many times a failed read is asked again before its error is shown. */
const maxRetries = 2;

/**
 * True when asking again may succeed: a network failure (the SDK reports status 0), a timeout (408), a rate
 * limit (429) or a server error (5xx). Any other API answer (400, 401, 403, 404, 409, 422 ...) will not change
 * by repeating the same request.
 */
export function isTemporaryApiError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { status } = error;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/**
 * The SPAs' retry policy for reads, in the `(failureCount, error)` shape TanStack Query's `retry` option takes:
 * temporary failures (and errors that are not API answers at all) are retried twice; a definitive API answer
 * is never retried.
 */
export function shouldRetryApiRequest(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !isTemporaryApiError(error)) return false;
  return failureCount < maxRetries;
}
