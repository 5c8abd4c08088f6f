import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { getSettingsFormErrors } from './settings-form-errors';

describe('getSettingsFormErrors', () => {
  it('has nothing to say without an error', () => {
    expect(getSettingsFormErrors(null)).toEqual({ fields: {}, form: null, conflict: false });
  });

  it('maps field paths, including prefixed ones, onto fields', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [
        { path: 'timezone', message: 'Unknown time zone' },
        { path: '/currency', message: 'Unsupported currency' },
        { path: 'body.defaultCountry', message: 'Unknown country' },
      ],
    });
    const result = getSettingsFormErrors(error);
    expect(result.fields).toEqual({
      timezone: 'Unknown time zone',
      currency: 'Unsupported currency',
      defaultCountry: 'Unknown country',
    });
    expect(result.conflict).toBe(false);
  });

  it('keeps errors on unknown paths for the form-level message', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [{ path: 'colour', message: 'Unrecognized key' }],
    });
    expect(getSettingsFormErrors(error)).toEqual({
      fields: {},
      form: 'colour: Unrecognized key',
      conflict: false,
    });
  });

  it('flags version conflicts', () => {
    const result = getSettingsFormErrors(new ApiError(409, { code: 'version_conflict' }));
    expect(result.conflict).toBe(true);
    expect(result.form).toMatch(/Reload/);
  });

  it('describes other failures in words', () => {
    expect(getSettingsFormErrors(new ApiError(403, { code: 'forbidden' })).form).toMatch(/permission/);
  });
});
