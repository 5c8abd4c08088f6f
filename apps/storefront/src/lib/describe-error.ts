import { describeApiError } from '@comptoir/sdk';

/** A sentence for the shopper about a failed request; technical details stay in the API logs. */
export function describeError(error: unknown): string {
  return describeApiError(error, {
    unreachable: 'We could not reach the store. Check your connection and try again.',
    serverError: 'The store is having trouble right now. Please try again in a moment.',
    unauthorized: 'Your session has ended. Please sign in again.',
    rateLimited: 'Too many attempts. Try again in a minute.',
  });
}
