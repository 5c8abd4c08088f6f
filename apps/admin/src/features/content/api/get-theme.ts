import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `GET /admin/content/theme` (permission `content:write`): the branding draft, the published branding (null
 * before the first publish), whether they differ, and the font pairs to choose from.
 */
export function getTheme(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/theme', { signal }));
}

export type AdminTheme = Awaited<ReturnType<typeof getTheme>>;
export type ThemeView = AdminTheme['draft'];
export type FontPair = AdminTheme['fontPairs'][number];

export function themeQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.theme(),
    queryFn: ({ signal }) => getTheme(signal),
    // The form edits this data: never swap it under the employee on window focus (409 catches stale saves).
    refetchOnWindowFocus: false,
  });
}

export function useTheme() {
  return useQuery(themeQueryOptions());
}
