import { describe, expect, it } from 'vitest';
import { dayBoundary } from '../../lib/format-date';
import { hasOrderFilters, readOrderFilters, toOrderListQuery } from './order-filters';

describe('order filters', () => {
  it('reads the address, ignoring unknown values', () => {
    const values = readOrderFilters(
      new URLSearchParams('status=shipped&payment=paid&fulfillment=fulfilled&sort=cheapest&min=10'),
      '',
    );
    expect(values).toMatchObject({ status: '', payment: 'paid', fulfillment: 'fulfilled', sort: 'newest' });
    expect(hasOrderFilters(values)).toBe(true);
    expect(hasOrderFilters(readOrderFilters(new URLSearchParams('sort=oldest'), ''))).toBe(false);
  });

  it('sends totals in minor units, days as the instants they start and end, and leaves out the rest', () => {
    const values = readOrderFilters(
      new URLSearchParams('from=2026-11-01&to=2026-11-30&min=49,9&max=abc&sort=total_asc'),
      '#1001',
    );
    expect(toOrderListQuery(values, 2)).toEqual({
      q: '#1001',
      placedFrom: dayBoundary('2026-11-01', 'start'),
      placedTo: dayBoundary('2026-11-30', 'end'),
      minTotal: 4990,
      sort: 'total_asc',
    });
    expect(toOrderListQuery(readOrderFilters(new URLSearchParams('min=500'), ''), 0)).toEqual({
      minTotal: 500,
    });
    expect(toOrderListQuery(readOrderFilters(new URLSearchParams(''), ''), 2)).toEqual({});
  });
});
