import { formatAmount } from '../../lib/decimal-input';
import { toDateTimeLocal } from '../../lib/format-date';
import { readOrderFilters, toOrderListQuery } from './order-filters';

/**
 * Saved views store the API's query of `GET /admin/orders` (`paymentStatus`, `placedFrom` as an instant,
 * `minTotal` in minor units …), which is what the API validates and keeps; the list's address uses its own,
 * readable names (`payment`, `from` as a day, `min` as typed). These two functions translate between them.
 */

/** The address's filters (`?status=…&payment=…&min=49.90`) as a saved view's query (`status=…&paymentStatus=…`). */
export function toSavedOrderQuery(address: URLSearchParams, digits: number): string {
  const query = toOrderListQuery(readOrderFilters(address, address.get('q')?.trim() ?? ''), digits);
  const saved = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') saved.set(name, String(value));
  }
  return saved.toString();
}

/** The day of an instant in the employee's time zone (`2026-11-01`), or empty when unreadable. */
function localDay(instant: string): string {
  return toDateTimeLocal(instant).slice(0, 10);
}

/** A whole number of minor units as the amount field shows it ("4990" → "49.90"), or empty when unreadable. */
function majorUnits(minor: string, digits: number): string {
  return /^\d+$/.test(minor) ? formatAmount(Number(minor), digits) : '';
}

/**
 * A saved view's query as the list's address (without "?"): keys the list does not show (`customerId`,
 * `limit`) are left out, and so is the default sort.
 */
export function toOrderAddressQuery(saved: string, digits: number): string {
  const query = new URLSearchParams(saved);
  const address = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) address.set(name, value);
  };
  set('q', query.get('q')?.trim());
  set('status', query.get('status') ?? undefined);
  set('payment', query.get('paymentStatus') ?? undefined);
  set('fulfillment', query.get('fulfillmentStatus') ?? undefined);
  set('from', localDay(query.get('placedFrom') ?? ''));
  set('to', localDay(query.get('placedTo') ?? ''));
  set('min', majorUnits(query.get('minTotal') ?? '', digits));
  set('max', majorUnits(query.get('maxTotal') ?? '', digits));
  const sort = query.get('sort');
  if (sort && sort !== 'newest') address.set('sort', sort);
  return address.toString();
}
