import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { promotionKeys } from './promotion-keys';

export const promotionStatuses = ['active', 'scheduled', 'expired', 'inactive'] as const;
export type PromotionStatus = (typeof promotionStatuses)[number];

export interface PromotionListFilters {
  /** Matches name and code; empty for every promotion. */
  q: string;
  status: '' | PromotionStatus;
}

const pageSize = 25;

/** `GET /admin/promotions` (permission `promotions:write`): one page of promotions matching the filters. */
export function listPromotions(
  filters: PromotionListFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/admin/promotions', {
      params: { query: cursorPageQuery(pageSize, filters, cursor) },
      signal,
    }),
  );
}

export type PromotionPage = Awaited<ReturnType<typeof listPromotions>>;
export type Promotion = PromotionPage['items'][number];

export function promotionListQueryOptions(filters: PromotionListFilters) {
  return cursorListQueryOptions(promotionKeys.list(filters), (cursor, signal) =>
    listPromotions(filters, cursor, signal),
  );
}

export function usePromotionList(filters: PromotionListFilters) {
  return useInfiniteQuery(promotionListQueryOptions(filters));
}
