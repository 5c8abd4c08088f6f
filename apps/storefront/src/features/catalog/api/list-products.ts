import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ProductListQuery } from '../product-list-query';
import { catalogKeys } from './catalog-keys';
import type { ProductList } from './catalog-types';

/**
 * `GET /store/products`: active products matching the query (words, category, option and feature values,
 * price range, stock), one page of them, with the facet counts of the whole result. 400 for a bad cursor,
 * 404 for an unknown category.
 */
export function listProducts(query: ProductListQuery, signal?: AbortSignal): Promise<ProductList> {
  const { options, features, inStock, ...rest } = query;
  const params = {
    ...rest,
    // Repeated parameters (`option=Size:M&option=Size:L`): openapi-fetch explodes arrays.
    ...(options.length > 0 ? { option: options } : {}),
    ...(features.length > 0 ? { feature: features } : {}),
    ...(inStock ? { inStock: 'true' as const } : {}),
  };
  return unwrap(api.GET('/store/products', { params: { query: params }, signal }));
}

export function productListQueryOptions(query: ProductListQuery) {
  return queryOptions({
    queryKey: catalogKeys.productList(query),
    queryFn: ({ signal }) => listProducts(query, signal),
    // While the next filter's results load, the current ones stay on screen (no flash of a spinner).
    placeholderData: keepPreviousData,
  });
}

export function useProductList(query: ProductListQuery) {
  return useQuery(productListQueryOptions(query));
}
