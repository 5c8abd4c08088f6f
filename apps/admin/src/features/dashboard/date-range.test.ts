import { describe, expect, it } from 'vitest';
import { intervalFor, presetRange, rangeFromSearch, todayIn, validateRange } from './date-range';
import { describeKpiChange, kpiChange } from './kpi-change';

describe('dashboard date ranges', () => {
  it("takes today's date in the store's time zone", () => {
    const lateEvening = new Date('2026-11-24T23:30:00Z');
    expect(todayIn('Europe/Paris', lateEvening)).toBe('2026-11-25');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-11-24');
  });

  it('computes the presets from today', () => {
    const today = '2026-03-05';
    expect(presetRange('today', today)).toEqual({ from: today, to: today });
    expect(presetRange('last-7-days', today)).toEqual({ from: '2026-02-27', to: today });
    expect(presetRange('last-30-days', today)).toEqual({ from: '2026-02-04', to: today });
    expect(presetRange('this-month', today)).toEqual({ from: '2026-03-01', to: today });
    expect(presetRange('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('this-year', today)).toEqual({ from: '2026-01-01', to: today });
  });

  it('reads the range from the address, falling back to the last 30 days', () => {
    const today = '2026-11-24';
    expect(rangeFromSearch(new URLSearchParams('from=2026-11-01&to=2026-11-10'), today)).toEqual({
      from: '2026-11-01',
      to: '2026-11-10',
    });
    const fallback = { from: '2026-10-26', to: today };
    expect(rangeFromSearch(new URLSearchParams(''), today)).toEqual(fallback);
    expect(rangeFromSearch(new URLSearchParams('from=2026-11-10&to=2026-11-01'), today)).toEqual(fallback);
    expect(rangeFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toEqual(fallback);
  });

  it('validates a custom range', () => {
    expect(validateRange('2026-11-01', '2026-11-01')).toBeNull();
    expect(validateRange('2026-11-02', '2026-11-01')).toEqual({
      to: 'The end date must be on or after the start date.',
    });
    expect(validateRange('', '2026-11-01')).toEqual({ from: 'Enter a start date.' });
  });

  it('picks days up to 62 days, weeks up to 366, months beyond', () => {
    expect(intervalFor({ from: '2026-01-01', to: '2026-03-03' })).toBe('day');
    expect(intervalFor({ from: '2026-01-01', to: '2026-03-04' })).toBe('week');
    expect(intervalFor({ from: '2025-01-01', to: '2026-01-01' })).toBe('week');
    expect(intervalFor({ from: '2025-01-01', to: '2026-01-02' })).toBe('month');
  });

  it('describes a change against the previous period in words', () => {
    expect(describeKpiChange(kpiChange(112, 100), 'previous 30 days')).toBe('up 12 % vs previous 30 days');
    expect(describeKpiChange(kpiChange(50, 100), 'previous 7 days')).toBe('down 50 % vs previous 7 days');
    expect(describeKpiChange(kpiChange(100, 100), 'previous day')).toBe('no change vs previous day');
    expect(kpiChange(5, 0)).toEqual({ direction: 'none', percent: null });
  });
});
