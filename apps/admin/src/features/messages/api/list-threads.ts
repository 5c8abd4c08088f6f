import { type paths, unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions } from '../../../lib/cursor-list-query';
import { threadKeys } from './thread-keys';

type ListQuery = NonNullable<paths['/admin/threads']['get']['parameters']['query']>;

/** The inbox's filters as the API reads them: `status`, `assignee` (`me`, `unassigned` or an id) and `q`. */
export type ThreadListQuery = Omit<ListQuery, 'limit' | 'cursor'>;

export const threadStatuses = ['open', 'pending', 'closed'] as const;
export type ThreadStatus = (typeof threadStatuses)[number];

const pageSize = 25;

/**
 * `GET /admin/threads` (permission `customers:read`): one page of conversations, newest activity first, with
 * the number of threads per status under the same `assignee` and `q` filters (`counts`, for the tabs).
 * `assignee=me` from an API key is a 400 on `query.assignee`.
 */
export function listThreads(query: ThreadListQuery, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/threads', {
      params: { query: { limit: pageSize, ...query, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export type ThreadPage = Awaited<ReturnType<typeof listThreads>>;
export type ThreadSummary = ThreadPage['items'][number];
export type ThreadCounts = ThreadPage['counts'];

export function threadListQueryOptions(query: ThreadListQuery) {
  return cursorListQueryOptions(threadKeys.list(query), (cursor, signal) =>
    listThreads(query, cursor, signal),
  );
}

export function useThreadList(query: ThreadListQuery) {
  return useInfiniteQuery(threadListQueryOptions(query));
}
