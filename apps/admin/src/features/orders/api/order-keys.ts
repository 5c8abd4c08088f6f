import type { OrderListQuery } from './list-orders';

/**
 * Query keys of the orders feature. An action on an order (capture, mark paid, cancel, note) puts the answer in
 * its detail at once and invalidates the lists (their badges and totals may have changed).
 */
export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (query: OrderListQuery) => [...orderKeys.lists(), query] as const,
  details: () => [...orderKeys.all, 'detail'] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
  action: (name: 'capture' | 'mark-paid' | 'cancel' | 'note' | 'ship' | 'deliver' | 'refund') =>
    [...orderKeys.all, name] as const,
};
