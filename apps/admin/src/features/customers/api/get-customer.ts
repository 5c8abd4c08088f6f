import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

/** `GET /admin/customers/:id` (permission `customers:read`): profile and addresses; 404 when unknown. */
export function getCustomer(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/customers/{id}', { params: { path: { id } }, signal }));
}

export type CustomerDetail = Awaited<ReturnType<typeof getCustomer>>;
export type CustomerAddress = CustomerDetail['addresses'][number];

export function customerQueryOptions(id: string) {
  return queryOptions({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => getCustomer(id, signal),
  });
}

export function useCustomer(id: string) {
  return useQuery(customerQueryOptions(id));
}
