import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { returnKeys } from './return-keys';

/**
 * `GET /admin/returns/:id` (permission `orders:read`): the return with its items and their value, the order
 * and customer it comes from, what a refund would give back (`refundable`) and the actions its state allows
 * now; 404 when unknown.
 */
export function getReturn(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/returns/{id}', { params: { path: { id } }, signal }));
}

export type Return = Awaited<ReturnType<typeof getReturn>>;
export type ReturnAction = Return['allowedActions'][number];
export type ReturnReason = Return['reason'];
export type ReturnItem = Return['items'][number];

export function returnQueryOptions(id: string) {
  return queryOptions({
    queryKey: returnKeys.detail(id),
    queryFn: ({ signal }) => getReturn(id, signal),
  });
}

export function useReturn(id: string) {
  return useQuery(returnQueryOptions(id));
}
