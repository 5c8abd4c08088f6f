import { unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { documentKeys } from './document-keys';

/**
 * `GET /admin/orders/:id/documents` (permission `orders:read`): the order's invoice (null until the payment is
 * received), its credit notes (one per refund, oldest first) and whether a packing slip can be printed
 * (always). 404 unknown order.
 */
export function listOrderDocuments(orderId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/orders/{id}/documents', { params: { path: { id: orderId } }, signal }));
}

export type OrderDocuments = Awaited<ReturnType<typeof listOrderDocuments>>;
export type CreditNote = OrderDocuments['creditNotes'][number];

export function orderDocumentsQueryOptions(orderId: string, revision: string) {
  return queryOptions({
    queryKey: documentKeys.orderDocuments(orderId, revision),
    queryFn: ({ signal }) => listOrderDocuments(orderId, signal),
  });
}

export function useOrderDocuments(orderId: string, revision: string) {
  return useQuery({ ...orderDocumentsQueryOptions(orderId, revision), placeholderData: keepPreviousData });
}
