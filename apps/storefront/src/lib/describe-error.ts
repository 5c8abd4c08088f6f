import { ApiError } from '@comptoir/sdk';

const unreachable = 'We could not reach the store. Check your connection and try again.';

/** A sentence for the shopper about a failed request; technical details stay in the API logs. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return unreachable;
  // The SDK reports network failures (API down, offline) as status 0.
  if (error.status === 0) return unreachable;
  if (error.status === 404) return 'We could not find what you were looking for.';
  if (error.status === 429) return 'Too many requests right now. Please wait a moment and try again.';
  if (error.status >= 500) return 'The store is having trouble right now. Please try again in a moment.';
  return error.detail ?? error.title;
}
