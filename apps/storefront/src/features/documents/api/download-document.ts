import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { attachmentFileName, saveFile } from '../../../lib/save-file';
import { documentKeys } from './document-keys';
import type { DownloadedFile } from './document-types';

/** Which PDF to download: the signed-in customer's invoice or credit note, or an invoice by guest link. */
export type DocumentRequest =
  | { kind: 'my-invoice'; number: number; fileName: string }
  | { kind: 'my-credit-note'; number: number; creditNoteId: string; fileName: string }
  | { kind: 'guest-invoice'; number: number; token: string; fileName: string };

/**
 * Downloads a PDF with the customer's bearer token (which a plain link cannot send):
 * `GET /store/me/orders/:number/invoice.pdf`, `GET /store/me/orders/:number/credit-notes/:id.pdf`, or
 * `GET /store/orders/:number/invoice.pdf?token=` for a guest. 404 when the order is not the customer's or has
 * no invoice yet (not paid). The file keeps the API's name when it can be read, else `fileName`.
 */
export async function downloadDocument(request: DocumentRequest): Promise<DownloadedFile> {
  let fileName = request.fileName;
  const remember = <T extends { response: Response }>(result: T) => {
    fileName = attachmentFileName(result.response) ?? fileName;
    return result;
  };
  const { number } = request;
  let blob: Blob;
  if (request.kind === 'my-invoice') {
    blob = await unwrap(
      api
        .GET('/store/me/orders/{number}/invoice.pdf', { params: { path: { number } }, parseAs: 'blob' })
        .then(remember),
    );
  } else if (request.kind === 'my-credit-note') {
    blob = await unwrap(
      api
        .GET('/store/me/orders/{number}/credit-notes/{creditNoteId}.pdf', {
          params: { path: { number, creditNoteId: request.creditNoteId } },
          parseAs: 'blob',
        })
        .then(remember),
    );
  } else {
    blob = await unwrap(
      api
        .GET('/store/orders/{number}/invoice.pdf', {
          params: { path: { number }, query: { token: request.token } },
          parseAs: 'blob',
        })
        .then(remember),
    );
  }
  return { blob, fileName };
}

export function downloadDocumentMutationOptions() {
  return mutationOptions({
    mutationKey: documentKeys.mutation('download'),
    mutationFn: downloadDocument,
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
}

/** One download button's request: its own pending and error state. */
export function useDownloadDocument() {
  return useMutation(downloadDocumentMutationOptions());
}
