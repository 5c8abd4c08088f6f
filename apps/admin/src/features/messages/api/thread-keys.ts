import type { ThreadListQuery } from './list-threads';

/**
 * Query keys of the messages feature. A reply or a change (status, assignee) puts the answer in the thread's
 * detail at once and invalidates the lists (the inbox, its counts, and the order's threads).
 */
export const threadKeys = {
  all: ['threads'] as const,
  lists: () => [...threadKeys.all, 'list'] as const,
  list: (query: ThreadListQuery) => [...threadKeys.lists(), query] as const,
  orderLists: () => [...threadKeys.lists(), 'order'] as const,
  orderList: (orderId: string) => [...threadKeys.orderLists(), orderId] as const,
  details: () => [...threadKeys.all, 'detail'] as const,
  detail: (id: string) => [...threadKeys.details(), id] as const,
  action: (name: 'reply' | 'update') => [...threadKeys.all, name] as const,
};
