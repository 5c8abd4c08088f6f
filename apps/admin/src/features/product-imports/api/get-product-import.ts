import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../../lib/api-client';
import { productKeys } from '../../products/api/product-keys';
import { productImportKeys } from './product-import-keys';

/** `GET /admin/product-imports/:id` (permission `catalog:write`): one import, its progress and its errors. */
export function getProductImport(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/product-imports/{id}', { params: { path: { id } }, signal }));
}

export type ProductImport = Awaited<ReturnType<typeof getProductImport>>;
export type ProductImportStatus = ProductImport['status'];
export type ProductImportError = ProductImport['errors'][number];

/** Whether the job is still working on the file (queued, checking rows or writing them). */
export function isImportRunning(status: ProductImportStatus): boolean {
  return status === 'queued' || status === 'validating' || status === 'applying';
}

/** How often a running import is asked for its progress. */
export const importPollInterval = 1000;

/**
 * The import, asked again every second while it runs. `placeholder` (the answer of the upload) is shown until
 * the first answer arrives.
 */
export function productImportQueryOptions(id: string, placeholder?: ProductImport) {
  return queryOptions({
    queryKey: productImportKeys.detail(id),
    queryFn: ({ signal }) => getProductImport(id, signal),
    placeholderData: placeholder?.id === id ? placeholder : undefined,
    // Stops once the import has finished (or could not be read at all).
    refetchInterval: (query) => {
      const data = query.state.data;
      return data !== undefined && isImportRunning(data.status) ? importPollInterval : false;
    },
  });
}

/**
 * The import, polled while it runs. When one seen running finishes, the list of imports is asked again, and
 * the products too when it changed the catalog.
 */
export function useProductImport(id: string, placeholder?: ProductImport) {
  const queryClient = useQueryClient();
  const query = useQuery(productImportQueryOptions(id, placeholder));
  const run = query.data;
  const running = run !== undefined && isImportRunning(run.status);
  const seenRunning = useRef<string | null>(null);
  useEffect(() => {
    if (!run) return;
    if (running) {
      seenRunning.current = run.id;
      return;
    }
    if (seenRunning.current !== run.id) return;
    seenRunning.current = null;
    void queryClient.invalidateQueries({ queryKey: productImportKeys.lists() });
    if (!run.dryRun && run.status === 'succeeded') {
      void queryClient.invalidateQueries({ queryKey: productKeys.all });
    }
  }, [run, running, queryClient]);
  return query;
}
