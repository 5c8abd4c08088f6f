import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `GET /admin/content/home` (permission `content:write`): the homepage sections being edited and those
 * customers see (null before the first publish), with the images they use.
 */
export function getHome(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/home', { signal }));
}

export type AdminHome = Awaited<ReturnType<typeof getHome>>;
export type HomeSection = AdminHome['draft'][number];
export type HomeSectionType = HomeSection['type'];

export function homeQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.home(),
    queryFn: ({ signal }) => getHome(signal),
    refetchOnWindowFocus: false,
  });
}

export function useHome() {
  return useQuery(homeQueryOptions());
}
