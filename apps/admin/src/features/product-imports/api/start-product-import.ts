import { unwrap } from '@comptoir/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { productImportKeys } from './product-import-keys';

export interface ProductImportUpload {
  file: File;
  /** Only check the file: nothing is written, the result says what would be. */
  dryRun: boolean;
}

/**
 * `POST /admin/product-imports?dryRun=…&fileName=…` (permission `catalog:write`): the file itself as the
 * `text/csv` body (up to 50 MB; 413 above), answered 202 with the queued import. Sent through the SDK client (bearer token and its
 * renewal); the serializer hands the File to `fetch` untouched, so the browser streams it from disk.
 */
export function startProductImport({ file, dryRun }: ProductImportUpload) {
  return unwrap(
    api.POST('/admin/product-imports', {
      params: { query: { dryRun: dryRun ? 'true' : 'false', fileName: file.name } },
      // The types describe the body as text; the serializer sends the File as it is.
      body: '',
      bodySerializer: () => file,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useStartProductImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: productImportKeys.start(),
    mutationFn: startProductImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productImportKeys.lists() }),
  });
}
