import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `GET /admin/content/navigation` (permission `content:write`): the header and footer menus, two levels each;
 * an item's `target` is null when the category, product or page it links to is gone.
 */
export function getNavigation(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/navigation', { signal }));
}

export type AdminMenu = Awaited<ReturnType<typeof getNavigation>>['menus'][number];
export type AdminMenuItem = AdminMenu['items'][number];
export type MenuKey = AdminMenu['key'];

export function navigationQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.navigation(),
    queryFn: ({ signal }) => getNavigation(signal),
    refetchOnWindowFocus: false,
  });
}

export function useNavigationMenus() {
  return useQuery(navigationQueryOptions());
}
