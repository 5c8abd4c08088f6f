import { describeApiError } from '@comptoir/sdk';

/** A sentence for the employee about a failed request; technical details stay in the API logs (request id). */
export function describeError(error: unknown): string {
  return describeApiError(error, {
    unreachable: 'We could not reach the server. Check your connection and try again.',
    unauthorized: 'Your session has ended. Please sign in again.',
    forbidden: 'You do not have permission to do this. Ask the store owner for access.',
    serverError: (requestId) =>
      `The server had a problem${requestId ? ` (reference ${requestId})` : ''}. Please try again in a moment.`,
  });
}
