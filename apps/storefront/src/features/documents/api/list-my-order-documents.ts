import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { documentKeys } from './document-keys';
import type { OrderDocuments } from './document-types';

/**
 * `GET /store/me/orders/:number/documents` (signed in): the order's invoice (null until the payment is
 * received) and its credit notes, oldest first; 404 when the order is not the customer's.
 */
export async function listMyOrderDocuments(number: number, signal?: AbortSignal): Promise<OrderDocuments> {
  return unwrap(api.GET('/store/me/orders/{number}/documents', { params: { path: { number } }, signal }));
}

export function myOrderDocumentsQueryOptions(number: number) {
  return queryOptions({
    queryKey: documentKeys.myOrder(number),
    queryFn: ({ signal }) => listMyOrderDocuments(number, signal),
  });
}

export function useMyOrderDocuments(number: number) {
  return useQuery(myOrderDocumentsQueryOptions(number));
}
