import { ApiError } from './api-error.js';

/**
 * The sentences an app shows for failed requests, in its own voice. Statuses without a sentence here fall back
 * to the problem's `detail` (or `title`), which the API writes for people.
 */
export interface ApiErrorWording {
  /** The API could not be reached (network failure, status 0), or the error is not an API answer at all. */
  unreachable: string;
  /** 5xx. A function receives the problem's request id, so the user can quote it to support. */
  serverError: string | ((requestId: string | undefined) => string);
  /** 401; without it, the problem's own detail is shown. */
  unauthorized?: string;
  /** 403; without it, the problem's own detail is shown. */
  forbidden?: string;
  /** 404. */
  notFound?: string;
  /** 429. */
  rateLimited?: string;
}

/**
 * A sentence for the user about a failed request, in the `wording` of the app showing it; technical details
 * stay in the API logs (under the problem's request id).
 */
export function describeApiError(error: unknown, wording: ApiErrorWording): string {
  // The SDK reports network failures (API down, offline) as status 0.
  if (!(error instanceof ApiError) || error.status === 0) return wording.unreachable;
  if (error.status === 401 && wording.unauthorized) return wording.unauthorized;
  if (error.status === 403 && wording.forbidden) return wording.forbidden;
  if (error.status === 404) return wording.notFound ?? 'We could not find what you were looking for.';
  if (error.status === 429) {
    return wording.rateLimited ?? 'Too many requests right now. Please wait a moment and try again.';
  }
  if (error.status >= 500) {
    const { serverError } = wording;
    return typeof serverError === 'string' ? serverError : serverError(error.requestId);
  }
  return error.detail ?? error.title;
}
