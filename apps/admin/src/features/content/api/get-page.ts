import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/** `GET /admin/content/pages/:id` (permission `content:write`): the page with its Markdown and HTML; 404 when unknown. */
export function getPage(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/pages/{id}', { params: { path: { id } }, signal }));
}

export type ContentPage = Awaited<ReturnType<typeof getPage>>;

export function pageQueryOptions(id: string) {
  return queryOptions({
    queryKey: contentKeys.page(id),
    queryFn: ({ signal }) => getPage(id, signal),
    refetchOnWindowFocus: false,
  });
}

export function usePage(id: string) {
  return useQuery(pageQueryOptions(id));
}
