import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { errorAt, getContentErrors, isEdited, normaliseErrorPath } from './content-errors';

describe('content errors', () => {
  it('reads every path notation as a dotted path', () => {
    expect(normaliseErrorPath('/colors/onPrimary')).toBe('colors.onPrimary');
    expect(normaliseErrorPath('body.sections[2].heading')).toBe('sections.2.heading');
    expect(normaliseErrorPath('announcement.endsAt')).toBe('announcement.endsAt');
  });

  it('puts shown paths on fields and the rest at the top; a stale version is a conflict', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'colors.onAccent', message: 'Too low.' },
        { path: 'somewhere', message: 'Something else.' },
      ],
    });
    const errors = getContentErrors(error, (path) => path.startsWith('colors.'));
    expect([...errors.fields]).toEqual([['colors.onAccent', 'Too low.']]);
    expect(errors.form).toBe('Check the highlighted fields. Something else.');
    expect(
      getContentErrors(new ApiError(409, { code: 'version_conflict', title: 'Conflict' }), () => true),
    ).toMatchObject({ conflict: true });
    expect(errorAt(errors.fields, 'colors')).toBe('Too low.');
    expect(isEdited(new Set(['colors']), 'colors.onAccent')).toBe(true);
    expect(isEdited(new Set(['colors.primary']), 'colors.onAccent')).toBe(false);
  });
});
