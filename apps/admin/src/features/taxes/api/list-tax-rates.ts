import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { taxKeys } from './tax-keys';

/** `GET /admin/tax-rates` (permission `settings:read`): every tax rate (rates in basis points, 2000 = 20 %). */
export function listTaxRates(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/tax-rates', { signal }));
}

export type TaxRate = Awaited<ReturnType<typeof listTaxRates>>['items'][number];

export function taxRatesQueryOptions() {
  return queryOptions({
    queryKey: taxKeys.rates(),
    queryFn: ({ signal }) => listTaxRates(signal),
  });
}

export function useTaxRates() {
  return useQuery(taxRatesQueryOptions());
}
