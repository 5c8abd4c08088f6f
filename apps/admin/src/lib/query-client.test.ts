import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { shouldRetryQuery } from './query-client';

describe('shouldRetryQuery', () => {
  it('does not retry client errors', () => {
    expect(shouldRetryQuery(0, new ApiError(401))).toBe(false);
    expect(shouldRetryQuery(0, new ApiError(404))).toBe(false);
  });

  it('retries network failures and server errors a limited number of times', () => {
    expect(shouldRetryQuery(0, new ApiError(0))).toBe(true);
    expect(shouldRetryQuery(1, new ApiError(503))).toBe(true);
    expect(shouldRetryQuery(2, new ApiError(503))).toBe(false);
  });
});
