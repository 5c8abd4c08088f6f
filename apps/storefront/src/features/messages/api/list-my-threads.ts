import { unwrap } from '@comptoir/sdk';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { messageKeys } from './message-keys';
import type { ThreadPage } from './message-types';

/** How many conversations a page of the list shows. */
export const threadPageSize = 20;

/** `GET /store/me/threads?limit&cursor` (signed in): the customer's conversations, newest activity first. */
export async function listMyThreads(cursor: string | null, signal?: AbortSignal): Promise<ThreadPage> {
  return unwrap(
    api.GET('/store/me/threads', {
      params: { query: { limit: threadPageSize, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export function myThreadsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: messageKeys.myList(),
    queryFn: ({ pageParam, signal }) => listMyThreads(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useMyThreads() {
  return useInfiniteQuery(myThreadsQueryOptions());
}
