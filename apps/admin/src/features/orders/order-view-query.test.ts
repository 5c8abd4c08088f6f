import { describe, expect, it } from 'vitest';
import { dayBoundary } from '../../lib/format-date';
import { toOrderAddressQuery, toSavedOrderQuery } from './order-view-query';

describe('saved order views', () => {
  it('store the API query of the filters in the address', () => {
    const address = new URLSearchParams(
      'q=ada&status=pending&payment=paid&fulfillment=unfulfilled&from=2026-11-01&to=2026-11-30&min=50&max=100,5&sort=oldest',
    );
    const saved = new URLSearchParams(toSavedOrderQuery(address, 2));
    expect(Object.fromEntries(saved)).toEqual({
      q: 'ada',
      status: 'pending',
      paymentStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      placedFrom: dayBoundary('2026-11-01', 'start'),
      placedTo: dayBoundary('2026-11-30', 'end'),
      minTotal: '5000',
      maxTotal: '10050',
      sort: 'oldest',
    });
  });

  it('leave out what the list would not send (unknown values, unreadable totals, the default sort)', () => {
    expect(toSavedOrderQuery(new URLSearchParams('status=nope&min=12.345&sort=newest&cursor=x'), 2)).toBe('');
    expect(toSavedOrderQuery(new URLSearchParams(''), 2)).toBe('');
  });

  it('come back to the same address', () => {
    const address =
      'q=ada&status=pending&payment=paid&fulfillment=unfulfilled&from=2026-11-01&to=2026-11-30&min=50.00&max=100.50&sort=oldest';
    const saved = toSavedOrderQuery(new URLSearchParams(address), 2);
    expect(toOrderAddressQuery(saved, 2)).toBe(address);
  });

  it('show a view saved elsewhere with the list names, ignoring what the list does not show', () => {
    expect(
      toOrderAddressQuery('paymentStatus=authorized&customerId=cus_1&limit=50&sort=newest&minTotal=990', 2),
    ).toBe('payment=authorized&min=9.90');
    expect(toOrderAddressQuery('minTotal=1500', 0)).toBe('min=1500');
  });
});
