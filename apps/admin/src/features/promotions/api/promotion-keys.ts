import type { PromotionListFilters } from './list-promotions';

/**
 * Query keys of the promotions feature. Every write invalidates `all` (lists and details); a save also puts
 * the saved promotion in its detail at once.
 */
export const promotionKeys = {
  all: ['promotions'] as const,
  lists: () => [...promotionKeys.all, 'list'] as const,
  list: (filters: PromotionListFilters) => [...promotionKeys.lists(), filters] as const,
  details: () => [...promotionKeys.all, 'detail'] as const,
  detail: (id: string) => [...promotionKeys.details(), id] as const,
  create: () => [...promotionKeys.all, 'create'] as const,
  update: () => [...promotionKeys.all, 'update'] as const,
  delete: () => [...promotionKeys.all, 'delete'] as const,
};
