import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `GET /admin/content/pages/:id/revisions` (permission `content:write`): every saved state of the page, newest
 * first, with who saved it.
 */
export function listPageRevisions(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/pages/{id}/revisions', { params: { path: { id } }, signal }));
}

export type PageRevision = Awaited<ReturnType<typeof listPageRevisions>>['items'][number];

export function pageRevisionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: contentKeys.revisions(id),
    queryFn: ({ signal }) => listPageRevisions(id, signal),
  });
}

export function usePageRevisions(id: string) {
  return useQuery(pageRevisionsQueryOptions(id));
}
