import { unwrap } from '@comptoir/sdk';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import type { BestSellerRanking } from '../../dashboard/api/list-best-sellers';
import type { DayRange, SalesInterval } from '../../dashboard/date-range';
import { type CustomerRanking, reportLimit } from './list-stats-reports';

type CsvAnswer = Promise<{ data?: Blob; error?: unknown; response: Response }>;

/**
 * A report's `.csv` twin, with the same query as on screen, fetched with the employee's token (hence a Blob)
 * and named as the API names it: `sales-2026-01-01-to-2026-01-31.csv`, `top-customers.csv`.
 */
export type StatsCsv =
  | { report: 'sales'; range: DayRange; interval: SalesInterval }
  | { report: 'best-sellers'; range: DayRange; by: BestSellerRanking }
  | { report: 'categories' | 'countries' | 'discounts'; range: DayRange }
  | { report: 'top-customers'; by: CustomerRanking };

function requestCsv(csv: StatsCsv): CsvAnswer {
  const parseAs = 'blob';
  switch (csv.report) {
    case 'sales':
      return api.GET('/admin/stats/sales.csv', {
        params: { query: { ...csv.range, interval: csv.interval } },
        parseAs,
      });
    case 'best-sellers':
      return api.GET('/admin/stats/best-sellers.csv', {
        params: { query: { ...csv.range, by: csv.by, limit: reportLimit } },
        parseAs,
      });
    case 'categories':
      return api.GET('/admin/stats/categories.csv', {
        params: { query: { ...csv.range, limit: reportLimit } },
        parseAs,
      });
    case 'countries':
      return api.GET('/admin/stats/countries.csv', { params: { query: csv.range }, parseAs });
    case 'discounts':
      return api.GET('/admin/stats/discounts.csv', { params: { query: csv.range }, parseAs });
    case 'top-customers':
      return api.GET('/admin/stats/top-customers.csv', {
        params: { query: { by: csv.by, limit: reportLimit } },
        parseAs,
      });
  }
}

export function statsCsvFileName(csv: StatsCsv): string {
  return 'range' in csv ? `${csv.report}-${csv.range.from}-to-${csv.range.to}.csv` : `${csv.report}.csv`;
}

/** Downloads a report as CSV (permission `stats:read`). */
export function useExportStatsCsv() {
  return useMutation({
    mutationFn: async (csv: StatsCsv) => {
      saveFile(await unwrap(requestCsv(csv)), statsCsvFileName(csv));
    },
  });
}
