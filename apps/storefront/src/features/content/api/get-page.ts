import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';
import type { StorePage } from './content-types';

/** `GET /store/pages/:handle`: a published CMS page (title, sanitised HTML, SEO fields); 404 for drafts or unknown. */
export function getPage(handle: string, signal?: AbortSignal): Promise<StorePage> {
  return unwrap(api.GET('/store/pages/{handle}', { params: { path: { handle } }, signal }));
}

export function pageQueryOptions(handle: string) {
  return queryOptions({
    queryKey: contentKeys.page(handle),
    queryFn: ({ signal }) => getPage(handle, signal),
  });
}

export function usePage(handle: string) {
  return useQuery(pageQueryOptions(handle));
}
