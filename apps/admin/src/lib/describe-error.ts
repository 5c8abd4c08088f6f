import { ApiError, describeApiError } from '@comptoir/sdk';

/** The store requires two-factor authentication and the employee has not turned it on (403). */
export function isTwoFactorRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'two_factor_required';
}

/** A sentence for the employee about a failed request; technical details stay in the API logs (request id). */
export function describeError(error: unknown): string {
  if (isTwoFactorRequired(error)) {
    return 'This store requires two-factor authentication. Turn it on in Account security, then try again.';
  }
  return describeApiError(error, {
    unreachable: 'We could not reach the server. Check your connection and try again.',
    unauthorized: 'Your session has ended. Please sign in again.',
    forbidden: 'You do not have permission to do this. Ask the store owner for access.',
    serverError: (requestId) =>
      `The server had a problem${requestId ? ` (reference ${requestId})` : ''}. Please try again in a moment.`,
  });
}
