import { ApiError } from '@comptoir/sdk';

const unreachable = 'We could not reach the server. Check your connection and try again.';

/** A sentence for the employee about a failed request; technical details stay in the API logs (request id). */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return unreachable;
  // The SDK reports network failures (API down, offline) as status 0.
  if (error.status === 0) return unreachable;
  if (error.status === 401) return 'Your session has ended. Please sign in again.';
  if (error.status === 403) return 'You do not have permission to do this. Ask the store owner for access.';
  if (error.status === 404) return 'We could not find what you were looking for.';
  if (error.status === 429) return 'Too many requests right now. Please wait a moment and try again.';
  if (error.status >= 500) {
    const reference = error.requestId ? ` (reference ${error.requestId})` : '';
    return `The server had a problem${reference}. Please try again in a moment.`;
  }
  return error.detail ?? error.title;
}
