import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createFormErrorReader } from './form-errors';

const getFormErrors = createFormErrorReader((error) =>
  error instanceof ApiError ? `Described: ${error.title}` : 'Described: not an API error',
);
const fields = ['email', 'password'] as const;

describe('createFormErrorReader', () => {
  it('has nothing to say without an error', () => {
    expect(getFormErrors(null, fields)).toEqual({ fields: {}, form: null });
    expect(getFormErrors(undefined, fields)).toEqual({ fields: {}, form: null });
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

  it('reads nested and array paths as their top-level field', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'body/permissions.2', message: 'Unknown permission.' },
        { path: '/name', message: 'Enter a name.' },
        { path: 'items[0]', message: 'Not on the form.' },
      ],
    });
    expect(getFormErrors(error, ['name', 'permissions'] as const, { summary: 'Fix the role.' })).toEqual({
      fields: { permissions: 'Unknown permission.', name: 'Enter a name.' },
      form: 'Fix the role. Not on the form.',
    });
  });

  it('shows field errors that match no field at the top, without the summary', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [{ path: 'token', message: 'The token is malformed.' }],
    });
    expect(getFormErrors(error, fields)).toEqual({ fields: {}, form: 'The token is malformed.' });
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

  it("describes other failures in the app's words", () => {
    expect(getFormErrors(new ApiError(0, { title: 'Network error' }), fields)).toEqual({
      fields: {},
      form: 'Described: Network error',
    });
    expect(getFormErrors(new TypeError('Failed to fetch'), fields).form).toBe('Described: not an API error');
  });
});
