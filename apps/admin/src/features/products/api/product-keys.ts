import type { ProductListFilters } from './list-products';

/**
 * Query keys of the products feature. Writes to one product update its detail and invalidate `lists()`; bulk
 * actions invalidate `all`.
 */
export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (filters: ProductListFilters) => [...productKeys.lists(), filters] as const,
  details: () => [...productKeys.all, 'detail'] as const,
  detail: (id: string) => [...productKeys.details(), id] as const,
  create: () => [...productKeys.all, 'create'] as const,
  update: () => [...productKeys.all, 'update'] as const,
  replaceVariants: () => [...productKeys.all, 'replace-variants'] as const,
  duplicate: () => [...productKeys.all, 'duplicate'] as const,
  bulk: () => [...productKeys.all, 'bulk'] as const,
  images: () => [...productKeys.all, 'images'] as const,
};
