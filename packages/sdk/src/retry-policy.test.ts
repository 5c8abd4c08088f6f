import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { isTemporaryApiError, shouldRetryApiRequest } from './retry-policy';

describe('isTemporaryApiError', () => {
  it('is true for network failures, timeouts, rate limits and server errors', () => {
    for (const status of [0, 408, 429, 500, 502, 503]) {
      expect(isTemporaryApiError(new ApiError(status))).toBe(true);
    }
  });

  it('is false for other API answers and for errors that are not API errors', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(isTemporaryApiError(new ApiError(status))).toBe(false);
    }
    expect(isTemporaryApiError(new Error('boom'))).toBe(false);
  });
});

describe('shouldRetryApiRequest', () => {
  it('does not retry client errors', () => {
    expect(shouldRetryApiRequest(0, new ApiError(401))).toBe(false);
    expect(shouldRetryApiRequest(0, new ApiError(404))).toBe(false);
  });

  it('retries network failures and server errors a limited number of times', () => {
    expect(shouldRetryApiRequest(0, new ApiError(0))).toBe(true);
    expect(shouldRetryApiRequest(1, new ApiError(503))).toBe(true);
    expect(shouldRetryApiRequest(2, new ApiError(503))).toBe(false);
  });

  it('retries errors that are not API answers, a limited number of times', () => {
    expect(shouldRetryApiRequest(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetryApiRequest(2, new TypeError('Failed to fetch'))).toBe(false);
  });
});
