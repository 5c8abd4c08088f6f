import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { getFormErrors } from './form-errors';

// How field errors and problem codes are mapped is tested with the reader, in packages/sdk (form-errors.test.ts).
const fields = ['email', 'password'] as const;

describe('getFormErrors', () => {
  it('describes other failures for people', () => {
    expect(getFormErrors(new ApiError(0, { title: 'Network error' }), fields).form).toMatch(
      /could not reach the store/,
    );
    expect(getFormErrors(new ApiError(429, { code: 'rate_limited', title: 'Slow down' }), fields).form).toBe(
      'Too many attempts. Try again in a minute.',
    );
  });
});
