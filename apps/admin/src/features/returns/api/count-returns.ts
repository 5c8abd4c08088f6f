import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { returnKeys } from './return-keys';

/** `GET /admin/returns?status=requested&limit=1` (permission `orders:read`): the returns per status (`counts`). */
export async function countReturns(signal?: AbortSignal) {
  const page = await unwrap(
    api.GET('/admin/returns', { params: { query: { status: 'requested', limit: 1 } }, signal }),
  );
  return page.counts;
}

export function returnCountsQueryOptions() {
  return queryOptions({
    queryKey: [...returnKeys.lists(), 'counts'] as const,
    queryFn: ({ signal }) => countReturns(signal),
  });
}

export function useReturnCounts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...returnCountsQueryOptions(), enabled });
}
