import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from './catalog-keys';
import type { CategoryDetail } from './catalog-types';

/** `GET /store/categories/:handle`: a category with its children and its breadcrumb; 404 when unknown. */
export function getCategory(handle: string, signal?: AbortSignal): Promise<CategoryDetail> {
  return unwrap(api.GET('/store/categories/{handle}', { params: { path: { handle } }, signal }));
}

export function categoryQueryOptions(handle: string) {
  return queryOptions({
    queryKey: catalogKeys.category(handle),
    queryFn: ({ signal }) => getCategory(handle, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCategory(handle: string) {
  return useQuery(categoryQueryOptions(handle));
}
