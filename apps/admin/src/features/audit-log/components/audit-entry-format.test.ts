import { describe, expect, it } from 'vitest';
import { describeAction, summarizeEntry } from './audit-entry-format';

describe('audit entry wording', () => {
  it('turns operation ids into sentences', () => {
    expect(describeAction('adminUpdateSettings')).toBe('Update settings');
    expect(describeAction('adminCreateApiKey')).toBe('Create api key');
  });

  it('shows before → after for updates, and what was sent otherwise', () => {
    expect(
      summarizeEntry({
        summary: { name: 'Atelier' },
        changes: { name: { from: 'Old shop', to: 'Atelier' }, legalName: { from: null, to: 'Atelier SAS' } },
      }),
    ).toEqual(['name: Old shop → Atelier', 'legalName: — → Atelier SAS']);
    expect(summarizeEntry({ summary: { email: 'a@b.test', password: '[redacted]' }, changes: null })).toEqual(
      ['email: a@b.test', 'password: [redacted]'],
    );
  });
});
