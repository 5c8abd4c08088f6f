import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { type ApiErrorWording, describeApiError } from './describe-api-error';

const shopper: ApiErrorWording = {
  unreachable: 'We could not reach the store.',
  serverError: 'The store is having trouble right now.',
};
const employee: ApiErrorWording = {
  unreachable: 'We could not reach the server.',
  serverError: (requestId) => `The server had a problem${requestId ? ` (reference ${requestId})` : ''}.`,
  unauthorized: 'Your session has ended.',
  forbidden: 'You do not have permission to do this.',
};

describe('describeApiError', () => {
  it('says the API could not be reached for network failures and errors that are not API answers', () => {
    expect(describeApiError(new ApiError(0), shopper)).toBe('We could not reach the store.');
    expect(describeApiError(new TypeError('Failed to fetch'), employee)).toBe(
      'We could not reach the server.',
    );
  });

  it('has default sentences for 404 and 429', () => {
    expect(describeApiError(new ApiError(404), shopper)).toBe('We could not find what you were looking for.');
    expect(describeApiError(new ApiError(429), employee)).toBe(
      'Too many requests right now. Please wait a moment and try again.',
    );
    expect(describeApiError(new ApiError(404), { ...shopper, notFound: 'No such product.' })).toBe(
      'No such product.',
    );
  });

  it('uses the app sentence for server errors, with the request id when asked', () => {
    expect(describeApiError(new ApiError(503), shopper)).toBe('The store is having trouble right now.');
    expect(describeApiError(new ApiError(500, { requestId: 'req_42' }), employee)).toBe(
      'The server had a problem (reference req_42).',
    );
    expect(describeApiError(new ApiError(500), employee)).toBe('The server had a problem.');
  });

  it('uses the app sentences for 401 and 403 when it has some, else the problem detail', () => {
    expect(describeApiError(new ApiError(401), employee)).toBe('Your session has ended.');
    expect(describeApiError(new ApiError(403), employee)).toBe('You do not have permission to do this.');
    expect(
      describeApiError(new ApiError(401, { title: 'Unauthorized', detail: 'Sign in first.' }), shopper),
    ).toBe('Sign in first.');
  });

  it("falls back to the problem's detail, then its title", () => {
    const conflict = new ApiError(409, { title: 'Conflict', detail: 'The settings changed meanwhile.' });
    expect(describeApiError(conflict, shopper)).toBe('The settings changed meanwhile.');
    expect(describeApiError(new ApiError(400, { title: 'Bad request' }), shopper)).toBe('Bad request');
  });
});
