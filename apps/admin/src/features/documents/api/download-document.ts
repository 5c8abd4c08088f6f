import { unwrap } from '@comptoir/sdk';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { documentKeys } from './document-keys';

/** Which PDF of an order: its invoice, one of its credit notes, or its packing slip. */
export type OrderDocument =
  | { kind: 'invoice'; orderId: string; fileName: string }
  | { kind: 'credit-note'; orderId: string; creditNoteId: string; fileName: string }
  | { kind: 'packing-slip'; orderId: string; fileName: string };

/**
 * `GET /admin/orders/:id/invoice.pdf`, `…/credit-notes/:creditNoteId.pdf` or `…/packing-slip.pdf` (permission
 * `orders:read`): the PDF as a Blob. Fetched through the SDK, with the employee's bearer token (a plain link
 * would not carry it). 404 when the order has no invoice yet, or the credit note is not the order's.
 */
export function fetchOrderDocument(target: OrderDocument): Promise<Blob> {
  const path = { id: target.orderId };
  switch (target.kind) {
    case 'invoice':
      return unwrap(api.GET('/admin/orders/{id}/invoice.pdf', { params: { path }, parseAs: 'blob' }));
    case 'credit-note':
      return unwrap(
        api.GET('/admin/orders/{id}/credit-notes/{creditNoteId}.pdf', {
          params: { path: { ...path, creditNoteId: target.creditNoteId } },
          parseAs: 'blob',
        }),
      );
    case 'packing-slip':
      return unwrap(api.GET('/admin/orders/{id}/packing-slip.pdf', { params: { path }, parseAs: 'blob' }));
  }
}

/** Fetches a document and saves it; `variables` tells which one is on its way (its button shows it). */
export function useDownloadOrderDocument() {
  return useMutation({
    mutationKey: documentKeys.download(),
    mutationFn: async (target: OrderDocument) => {
      saveFile(await fetchOrderDocument(target), target.fileName);
    },
  });
}
