import { type paths, unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { savedViewKeys } from './saved-view-keys';

/** The lists that can have saved views (only the orders list for now). */
export type SavedViewListName = paths['/admin/saved-views']['get']['parameters']['query']['list'];

/**
 * `GET /admin/saved-views?list=` (permission of the list, e.g. `orders:read`; employees only, an API key gets
 * 403): the signed-in employee's own views of that list, by name.
 */
export function listSavedViews(list: SavedViewListName, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/saved-views', { params: { query: { list } }, signal }));
}

export type SavedView = Awaited<ReturnType<typeof listSavedViews>>['items'][number];

export function savedViewsQueryOptions(list: SavedViewListName) {
  return queryOptions({
    queryKey: savedViewKeys.list(list),
    queryFn: ({ signal }) => listSavedViews(list, signal),
  });
}

export function useSavedViews(list: SavedViewListName) {
  return useQuery(savedViewsQueryOptions(list));
}
