import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from './catalog-keys';
import type { CategoryTree } from './catalog-types';

/** `GET /store/categories`: the whole category tree, top-level categories first, each with its children. */
export function listCategories(signal?: AbortSignal): Promise<CategoryTree> {
  return unwrap(api.GET('/store/categories', { signal }));
}

export function categoryTreeQueryOptions() {
  return queryOptions({
    queryKey: catalogKeys.categoryTree(),
    queryFn: ({ signal }) => listCategories(signal),
    // The tree changes rarely; the header and the home page share one request.
    staleTime: 5 * 60_000,
  });
}

export function useCategoryTree() {
  return useQuery(categoryTreeQueryOptions());
}
