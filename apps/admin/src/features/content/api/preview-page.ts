import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `POST /admin/content/pages/preview` (permission `content:write`): the Markdown rendered and sanitised exactly
 * as saving would (nothing is saved). A query, not a mutation: the same text gives the same HTML.
 */
export function previewPage(markdown: string, signal?: AbortSignal) {
  return unwrap(api.POST('/admin/content/pages/preview', { body: { markdown }, signal }));
}

export function pagePreviewQueryOptions(markdown: string) {
  return queryOptions({
    queryKey: contentKeys.pagePreview(markdown),
    queryFn: ({ signal }) => previewPage(markdown, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // While the next text renders, keep showing the previous HTML.
    placeholderData: keepPreviousData,
  });
}

/** The preview of `markdown` (debounce it first), asked for only while `enabled` (the Preview tab is open). */
export function usePagePreview(markdown: string, enabled: boolean) {
  return useQuery({ ...pagePreviewQueryOptions(markdown), enabled });
}
