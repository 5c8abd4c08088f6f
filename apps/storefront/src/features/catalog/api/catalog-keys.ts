import type { ProductListQuery } from '../product-list-query';

/** Query keys of the catalog feature (public data: not under the customer scope). */
export const catalogKeys = {
  all: ['catalog'] as const,
  products: () => [...catalogKeys.all, 'products'] as const,
  productList: (query: ProductListQuery) => [...catalogKeys.products(), 'list', query] as const,
  product: (handle: string) => [...catalogKeys.products(), 'detail', handle] as const,
  categories: () => [...catalogKeys.all, 'categories'] as const,
  categoryTree: () => [...catalogKeys.categories(), 'tree'] as const,
  category: (handle: string) => [...catalogKeys.categories(), 'detail', handle] as const,
};
