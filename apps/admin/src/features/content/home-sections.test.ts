import { describe, expect, it } from 'vitest';
import { createSection, scheduleState, sectionSummary } from './home-sections';

describe('home sections', () => {
  const now = new Date('2026-12-05T12:00:00Z');

  it('says whether a section shows now', () => {
    expect(scheduleState({ startsAt: null, endsAt: null }, now)).toBe('always');
    expect(scheduleState({ startsAt: '2026-12-06T00:00:00Z', endsAt: null }, now)).toBe('scheduled');
    expect(scheduleState({ startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-07T00:00:00Z' }, now)).toBe(
      'showing',
    );
    expect(scheduleState({ startsAt: null, endsAt: '2026-12-05T11:59:00Z' }, now)).toBe('ended');
  });

  it('creates sections with sec_ ids and sensible defaults', () => {
    const section = createSection('category_products');
    expect(section).toMatchObject({ type: 'category_products', limit: 8, heading: null, startsAt: null });
    expect(section.id).toMatch(/^sec_[a-z0-9]{12}$/);
    expect(createSection('hero').id).not.toBe(section.id);
    expect(sectionSummary(createSection('featured_products'))).toBe('0 products');
  });
});
