import { unwrap } from '@comptoir/sdk';
import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { contentKeys } from './content-keys';

export type PageStatusFilter = '' | 'draft' | 'published';

export interface PageListFilters {
  /** Part of the title or handle; empty for every page. */
  q: string;
  status: PageStatusFilter;
}

const pageSize = 25;
/** The most the API sends at once: enough pages to choose from in a select. */
const choicesLimit = 100;

/**
 * `GET /admin/content/pages` (permission `content:write`): one page of CMS pages, most recently changed first,
 * filtered by `q` (title or handle) and `status`.
 */
export function listPages(filters: PageListFilters, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/content/pages', {
      params: { query: cursorPageQuery(pageSize, filters, cursor) },
      signal,
    }),
  );
}

export type PageSummary = Awaited<ReturnType<typeof listPages>>['items'][number];

export function pageListQueryOptions(filters: PageListFilters) {
  return cursorListQueryOptions(contentKeys.pageList(filters), (cursor, signal) =>
    listPages(filters, cursor, signal),
  );
}

export function usePageList(filters: PageListFilters) {
  return useInfiniteQuery(pageListQueryOptions(filters));
}

/** The first 100 pages, any status: what the legal settings and the menus' page links choose from. */
export function pageChoicesQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.pageChoices(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/admin/content/pages', { params: { query: { limit: choicesLimit } }, signal })),
  });
}

export function usePageChoices() {
  return useQuery(pageChoicesQueryOptions());
}
