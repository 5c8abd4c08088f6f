import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

/** `GET /admin/categories` (permission `catalog:read`): the whole category tree, siblings in position order. */
export function listCategories(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/categories', { signal }));
}

export type CategoryNode = Awaited<ReturnType<typeof listCategories>>['items'][number];

export function categoryTreeQueryOptions() {
  return queryOptions({
    queryKey: categoryKeys.tree(),
    queryFn: ({ signal }) => listCategories(signal),
  });
}

export function useCategoryTree() {
  return useQuery(categoryTreeQueryOptions());
}
