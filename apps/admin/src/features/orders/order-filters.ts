import { parseAmount } from '../../lib/decimal-input';
import { dayBoundary } from '../../lib/format-date';
import {
  type FulfillmentStatus,
  fulfillmentStatuses,
  type OrderListQuery,
  type OrderSort,
  type OrderStatus,
  orderSorts,
  orderStatuses,
  type PaymentStatus,
  paymentStatuses,
} from './api/list-orders';

/** The list's filters as kept in the address (besides the search `q`). */
export const orderFilterNames = [
  'status',
  'payment',
  'fulfillment',
  'from',
  'to',
  'min',
  'max',
  'sort',
] as const;
export type OrderFilterName = (typeof orderFilterNames)[number];

/**
 * The filters as the employee set them: statuses, days (`YYYY-MM-DD`, in the employee's time zone) and totals
 * as typed, in major units ("49.90").
 */
export interface OrderFilterValues {
  q: string;
  status: '' | OrderStatus;
  payment: '' | PaymentStatus;
  fulfillment: '' | FulfillmentStatus;
  from: string;
  to: string;
  min: string;
  max: string;
  sort: OrderSort;
}

function pick<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return allowed.find((candidate) => candidate === value) ?? '';
}

/** Reads the filters from the address; unknown values count as "any". */
export function readOrderFilters(params: URLSearchParams, q: string): OrderFilterValues {
  return {
    q,
    status: pick(orderStatuses, params.get('status')),
    payment: pick(paymentStatuses, params.get('payment')),
    fulfillment: pick(fulfillmentStatuses, params.get('fulfillment')),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    min: params.get('min') ?? '',
    max: params.get('max') ?? '',
    sort: pick(orderSorts, params.get('sort')) || 'newest',
  };
}

/** Whether anything narrows the list (the sort does not). */
export function hasOrderFilters(values: OrderFilterValues): boolean {
  return Boolean(
    values.q ||
      values.status ||
      values.payment ||
      values.fulfillment ||
      values.from ||
      values.to ||
      values.min ||
      values.max,
  );
}

/** The minor units of a typed total, or undefined when empty or unreadable (then it is not sent). */
function minorUnits(text: string, digits: number): number | undefined {
  const amount = parseAmount(text, digits);
  return amount.status === 'valid' ? amount.value : undefined;
}

/**
 * The API's query for these filters: days become the instants they start and end at, totals become minor
 * units; empty filters (and the default sort) are left out.
 */
export function toOrderListQuery(values: OrderFilterValues, digits: number): OrderListQuery {
  const query: OrderListQuery = {};
  if (values.q) query.q = values.q;
  if (values.status) query.status = values.status;
  if (values.payment) query.paymentStatus = values.payment;
  if (values.fulfillment) query.fulfillmentStatus = values.fulfillment;
  const placedFrom = dayBoundary(values.from, 'start');
  if (placedFrom) query.placedFrom = placedFrom;
  const placedTo = dayBoundary(values.to, 'end');
  if (placedTo) query.placedTo = placedTo;
  const minTotal = minorUnits(values.min, digits);
  if (minTotal !== undefined) query.minTotal = minTotal;
  const maxTotal = minorUnits(values.max, digits);
  if (maxTotal !== undefined) query.maxTotal = maxTotal;
  if (values.sort !== 'newest') query.sort = values.sort;
  return query;
}
