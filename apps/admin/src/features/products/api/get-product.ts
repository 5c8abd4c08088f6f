import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productKeys } from './product-keys';

/** `GET /admin/products/:id` (permission `catalog:read`): the product with variants and images; 404 when unknown. */
export function getProduct(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/products/{id}', { params: { path: { id } }, signal }));
}

export function productQueryOptions(id: string) {
  return queryOptions({
    queryKey: productKeys.detail(id),
    queryFn: ({ signal }) => getProduct(id, signal),
    // The editor works on this data: never swap it under the employee on window focus. A stale `version` is
    // caught by the API (409) anyway.
    refetchOnWindowFocus: false,
  });
}

export function useProduct(id: string) {
  return useQuery(productQueryOptions(id));
}
