import { unwrap } from '@comptoir/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cursorListQueryOptions, cursorPageQuery } from '../../../lib/cursor-list-query';
import { productImportKeys } from './product-import-keys';

const pageSize = 10;

/** `GET /admin/product-imports` (permission `catalog:write`): one page of imports, newest first. */
export function listProductImports(cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/admin/product-imports', { params: { query: cursorPageQuery(pageSize, {}, cursor) }, signal }),
  );
}

export function productImportListQueryOptions() {
  return cursorListQueryOptions(productImportKeys.lists(), listProductImports);
}

export function useProductImportList() {
  return useInfiniteQuery(productImportListQueryOptions());
}
