import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { getFormErrors } from './form-errors';

const fields = ['email', 'password'] as const;

describe('getFormErrors', () => {
  it('has nothing to say without an error', () => {
    expect(getFormErrors(null, fields)).toEqual({ fields: {}, form: null });
  });

  it('puts field errors on their fields, whatever the path notation, and the rest at the top', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'password', message: 'Use at least 10 characters.' },
        { path: '/email', message: 'Enter an email address.' },
        { path: 'body.password', message: 'Second message is ignored.' },
        { path: 'unknown', message: 'Something else is wrong.' },
      ],
    });
    expect(getFormErrors(error, fields)).toEqual({
      fields: { password: 'Use at least 10 characters.', email: 'Enter an email address.' },
      form: 'Check the highlighted fields. Something else is wrong.',
    });
  });

  it('maps problem codes to a field or to a sentence', () => {
    const taken = new ApiError(409, { code: 'email_taken', title: 'Conflict' });
    const wrong = new ApiError(401, { code: 'invalid_credentials', title: 'Unauthorized' });
    const options = {
      codeFields: { email_taken: ['email', 'This email is taken.'] as const },
      codeMessages: { invalid_credentials: 'Email or password is incorrect.' },
    };
    expect(getFormErrors(taken, fields, options)).toEqual({
      fields: { email: 'This email is taken.' },
      form: null,
    });
    expect(getFormErrors(wrong, fields, options)).toEqual({
      fields: {},
      form: 'Email or password is incorrect.',
    });
  });

  it('describes other failures for people', () => {
    expect(getFormErrors(new ApiError(0, { title: 'Network error' }), fields).form).toMatch(
      /could not reach the store/,
    );
    expect(getFormErrors(new ApiError(429, { code: 'rate_limited', title: 'Slow down' }), fields).form).toBe(
      'Too many attempts. Try again in a minute.',
    );
  });
});
