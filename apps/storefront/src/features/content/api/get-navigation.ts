import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';
import type { StoreNavigation } from './content-types';

/**
 * `GET /store/content/navigation`: the header and footer menus (two levels), each item with its storefront
 * path or external URL; items whose target is gone or unpublished are already left out. Saved live: no preview.
 */
export function getNavigation(signal?: AbortSignal): Promise<StoreNavigation> {
  return unwrap(api.GET('/store/content/navigation', { signal }));
}

export function navigationQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.navigation(),
    queryFn: ({ signal }) => getNavigation(signal),
  });
}

/** The header and footer menus, for the layout. */
export function useNavigation() {
  return useQuery(navigationQueryOptions());
}
