import { type paths, unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions } from '../../../lib/cursor-list-query';
import { returnKeys } from './return-keys';

type ListQuery = NonNullable<paths['/admin/returns']['get']['parameters']['query']>;

/** The filters of the queue as the API reads them. */
export type ReturnListQuery = Omit<ListQuery, 'limit' | 'cursor'>;

/** In the order a return goes through them (refused is the way out). */
export const returnStatuses = ['requested', 'approved', 'received', 'refunded', 'refused'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

const pageSize = 25;

/**
 * `GET /admin/returns` (permission `orders:read`): one page of the returns queue, newest first, filtered by
 * status and searched by return number (R-1001 or 1001), order number or email; `counts` gives the returns
 * per status whatever the filters (for the tabs).
 */
export function listReturns(query: ReturnListQuery, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/returns', {
      params: { query: { limit: pageSize, ...query, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export type ReturnPage = Awaited<ReturnType<typeof listReturns>>;
export type ReturnSummary = ReturnPage['items'][number];

export function returnListQueryOptions(query: ReturnListQuery) {
  return cursorListQueryOptions(returnKeys.list(query), (cursor, signal) =>
    listReturns(query, cursor, signal),
  );
}

export function useReturnList(query: ReturnListQuery) {
  return useInfiniteQuery(returnListQueryOptions(query));
}
