import { unwrap } from '@comptoir/sdk';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import type { OrderListQuery } from './list-orders';

/**
 * `GET /admin/orders/export.csv` (permission `orders:read`) with the list's filters (its sort aside: the export
 * is newest first), saved as `orders-YYYY-MM-DD.csv`. Fetched with the employee's token, hence a Blob.
 */
export function useExportOrders() {
  return useMutation({
    mutationFn: async (query: OrderListQuery) => {
      const { sort: _sort, ...filters } = query;
      const csv = await unwrap(
        api.GET('/admin/orders/export.csv', { params: { query: filters }, parseAs: 'blob' }),
      );
      saveFile(csv, `orders-${new Date().toISOString().slice(0, 10)}.csv`);
    },
  });
}
