import { infiniteQueryOptions, keepPreviousData, type QueryKey } from '@tanstack/react-query';

/** The shape every admin list endpoint returns (`{ items, total, nextCursor }`); only the cursor matters here. */
export interface CursorPage {
  nextCursor: string | null;
}

/** Filters with the empty string taken out: what `cursorPageQuery` sends for them. */
export type SentFilters<TFilters> = { [K in keyof TFilters]?: Exclude<TFilters[K], ''> };

/**
 * The query string of one page of a list endpoint: `limit`, then each filter that is not empty, then the cursor
 * when there is one (the API reads an absent filter as "any", so empty ones are left out rather than sent).
 */
export function cursorPageQuery<TFilters extends { [K in keyof TFilters]: string }>(
  limit: number,
  filters: TFilters,
  cursor: string | undefined,
): { limit: number; cursor?: string } & SentFilters<TFilters> {
  const query: Record<string, string | number> = { limit };
  for (const [name, value] of Object.entries<string>(filters)) {
    if (value) query[name] = value;
  }
  if (cursor) query.cursor = cursor;
  return query as { limit: number; cursor?: string } & SentFilters<TFilters>;
}

/**
 * Infinite-query options for a cursor-paged list: pages are fetched with `fetchPage(cursor)` from the first
 * page on until the API returns no `nextCursor`.
 */
export function cursorListQueryOptions<TPage extends CursorPage, TKey extends QueryKey>(
  queryKey: TKey,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<TPage>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // While new filters load, keep showing the previous rows instead of a spinner.
    placeholderData: keepPreviousData,
  });
}
