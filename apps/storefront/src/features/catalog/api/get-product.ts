import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { catalogKeys } from './catalog-keys';
import type { StoreProduct } from './catalog-types';

/** `GET /store/products/:handle`: an active product with its variants; 404 for drafts, archived or unknown. */
export function getProduct(handle: string, signal?: AbortSignal): Promise<StoreProduct> {
  return unwrap(api.GET('/store/products/{handle}', { params: { path: { handle } }, signal }));
}

export function productQueryOptions(handle: string) {
  return queryOptions({
    queryKey: catalogKeys.product(handle),
    queryFn: ({ signal }) => getProduct(handle, signal),
  });
}

export function useProduct(handle: string) {
  return useQuery(productQueryOptions(handle));
}
