import type { ReturnListQuery } from './list-returns';

/**
 * Query keys of the returns feature. An action on a return (approve, refuse, receive, refund) puts the answer
 * in its detail at once and invalidates the lists (their badges and the counts of the tabs).
 */
export const returnKeys = {
  all: ['returns'] as const,
  lists: () => [...returnKeys.all, 'list'] as const,
  list: (query: ReturnListQuery) => [...returnKeys.lists(), query] as const,
  details: () => [...returnKeys.all, 'detail'] as const,
  detail: (id: string) => [...returnKeys.details(), id] as const,
  action: (name: 'approve' | 'refuse' | 'receive' | 'refund') => [...returnKeys.all, name] as const,
};
