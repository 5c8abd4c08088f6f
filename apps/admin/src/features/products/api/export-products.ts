import { unwrap } from '@comptoir/sdk';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import type { ProductListFilters } from './list-products';

/** The list filters the export understands (stock and sort aside: the export is the whole catalog's order). */
export type ProductExportFilters = Pick<ProductListFilters, 'q' | 'status' | 'category'>;

/**
 * `GET /admin/products/export.csv` (permission `catalog:read`) with the list's search, status and category,
 * saved as `products-YYYY-MM-DD.csv`: one row per variant, the format the import reads back. Fetched with the
 * employee's token, hence a Blob.
 */
export function useExportProducts() {
  return useMutation({
    mutationFn: async ({ q, status, category }: ProductExportFilters) => {
      // Empty filters are left out: the API reads an absent one as "any".
      const query = {
        ...(q ? { q } : {}),
        ...(status ? { status } : {}),
        ...(category ? { categoryId: category } : {}),
      };
      const csv = await unwrap(api.GET('/admin/products/export.csv', { params: { query }, parseAs: 'blob' }));
      saveFile(csv, `products-${new Date().toISOString().slice(0, 10)}.csv`);
    },
  });
}
