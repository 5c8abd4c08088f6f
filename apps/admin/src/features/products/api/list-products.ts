import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { productKeys } from './product-keys';
import type { ProductStatus } from './product-types';

export type ProductStatusFilter = '' | ProductStatus;
export type ProductStockFilter = '' | 'in_stock' | 'low' | 'out';
export const productSorts = [
  'newest',
  'updated',
  'title_asc',
  'title_desc',
  'price_asc',
  'price_desc',
  'stock_asc',
  'stock_desc',
] as const;
export type ProductSort = (typeof productSorts)[number];

export interface ProductListFilters {
  /** Matches title and handle; empty for every product. */
  q: string;
  status: ProductStatusFilter;
  /** A category id (its sub-categories included); empty for all. */
  category: string;
  stock: ProductStockFilter;
  sort: ProductSort;
}

const pageSize = 25;

/** `GET /admin/products` (permission `catalog:read`): one page of products matching the filters. */
export function listProducts(filters: ProductListFilters, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/products', {
      // `newest` is the API's default order, so it is not sent.
      params: {
        query: cursorPageQuery(
          pageSize,
          { ...filters, sort: filters.sort === 'newest' ? ('' as const) : filters.sort },
          cursor,
        ),
      },
      signal,
    }),
  );
}

export type ProductPage = Awaited<ReturnType<typeof listProducts>>;
export type ProductSummary = ProductPage['items'][number];

export function productListQueryOptions(filters: ProductListFilters) {
  return cursorListQueryOptions(productKeys.list(filters), (cursor, signal) =>
    listProducts(filters, cursor, signal),
  );
}

export function useProductList(filters: ProductListFilters) {
  return useInfiniteQuery(productListQueryOptions(filters));
}
