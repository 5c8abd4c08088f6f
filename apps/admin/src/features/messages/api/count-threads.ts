import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { threadKeys } from './thread-keys';

/** `GET /admin/threads?status=open&limit=1` (permission `customers:read`): the conversations per status. */
export async function countThreads(signal?: AbortSignal) {
  const page = await unwrap(
    api.GET('/admin/threads', { params: { query: { status: 'open', limit: 1 } }, signal }),
  );
  return page.counts;
}

export function threadCountsQueryOptions() {
  return queryOptions({
    queryKey: [...threadKeys.lists(), 'counts'] as const,
    queryFn: ({ signal }) => countThreads(signal),
  });
}

export function useThreadCounts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...threadCountsQueryOptions(), enabled });
}
