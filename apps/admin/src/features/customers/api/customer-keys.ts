import type { CustomerListFilters } from './list-customers';

/** Query keys of the customers feature; a status change invalidates `all` (lists and the detail). */
export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (filters: CustomerListFilters) => [...customerKeys.lists(), filters] as const,
  details: () => [...customerKeys.all, 'detail'] as const,
  detail: (id: string) => [...customerKeys.details(), id] as const,
  updateStatus: () => [...customerKeys.all, 'update-status'] as const,
};
