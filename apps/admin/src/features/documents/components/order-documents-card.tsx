import { Alert, Button, Card } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import { describeError } from '../../../lib/describe-error';
import { formatDate } from '../../../lib/format-date';
import { type OrderDocument, useDownloadOrderDocument } from '../api/download-document';
import { useOrderDocuments } from '../api/list-order-documents';
import './documents.css';

export interface OrderDocumentsCardProps {
  orderId: string;
  /** The order's number, for the packing slip's file name (`packing-slip-1001.pdf`). */
  orderNumber: number;
  /** Changes with what issues documents (payment status, refunds): the list is then fetched again. */
  revision: string;
}

function sameDocument(a: OrderDocument | undefined, b: OrderDocument): boolean {
  return a?.kind === b.kind && a.fileName === b.fileName;
}

/**
 * The order's PDFs: the invoice (or why there is none yet), a credit note per refund, and the packing slip.
 * Each downloads with the employee's token; a failed download is said above the list.
 */
export function OrderDocumentsCard({ orderId, orderNumber, revision }: OrderDocumentsCardProps) {
  const documents = useOrderDocuments(orderId, revision);
  const download = useDownloadOrderDocument();

  function downloadButton(target: OrderDocument, label: string, accessibleName: string) {
    const busy = download.isPending && sameDocument(download.variables, target);
    return (
      <Button
        variant="secondary"
        size="sm"
        loading={busy}
        aria-label={accessibleName}
        onClick={() => download.mutate(target)}
      >
        {label}
      </Button>
    );
  }

  let body: ReactNode;
  if (documents.isPending) {
    body = (
      <p className="ct-text-muted" role="status">
        Loading documents…
      </p>
    );
  } else if (documents.isError) {
    // A side card: said in place, without interrupting as an alert would.
    body = (
      <div className="ad-documents-card__error">
        <p>Documents could not be loaded. {describeError(documents.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          loading={documents.isFetching}
          onClick={() => void documents.refetch()}
        >
          Try again
        </Button>
      </div>
    );
  } else {
    const { invoice, creditNotes } = documents.data;
    body = (
      <ul className="ad-documents">
        <li className="ad-document">
          {invoice ? (
            <>
              <span className="ad-document__text">
                <span className="ad-document__title">
                  Invoice <span className="ad-document__number">{invoice.number}</span>
                </span>
                <span className="ct-text-muted">Issued {formatDate(invoice.issuedAt)}</span>
              </span>
              {downloadButton(
                { kind: 'invoice', orderId, fileName: `${invoice.number}.pdf` },
                'Download',
                `Download invoice ${invoice.number}`,
              )}
            </>
          ) : (
            <span className="ad-document__text">
              <span className="ad-document__title">No invoice yet</span>
              <span className="ct-text-muted">It is issued when the payment is received.</span>
            </span>
          )}
        </li>
        {creditNotes.map((note) => (
          <li key={note.id} className="ad-document">
            <span className="ad-document__text">
              <span className="ad-document__title">
                Credit note <span className="ad-document__number">{note.number}</span>
              </span>
              <span>{formatMoneyAmount(note.amount, currencyDigits(note.amount.currency))}</span>
              <span className="ct-text-muted">
                Issued {formatDate(note.issuedAt)}
                {note.reason ? ` · ${note.reason}` : ''}
              </span>
            </span>
            {downloadButton(
              { kind: 'credit-note', orderId, creditNoteId: note.id, fileName: `${note.number}.pdf` },
              'Download',
              `Download credit note ${note.number}`,
            )}
          </li>
        ))}
        <li className="ad-document">
          <span className="ad-document__text">
            <span className="ad-document__title">Packing slip</span>
            <span className="ct-text-muted">Items and quantities, without prices, for the parcel.</span>
          </span>
          {downloadButton(
            { kind: 'packing-slip', orderId, fileName: `packing-slip-${orderNumber}.pdf` },
            'Download',
            'Download packing slip',
          )}
        </li>
      </ul>
    );
  }

  return (
    <Card title="Documents" className="ad-documents-card">
      <div className="ad-documents-card__body" aria-busy={documents.isPlaceholderData || undefined}>
        {download.isError ? (
          <Alert tone="error" title="The download did not work">
            {describeError(download.error)}
          </Alert>
        ) : null}
        {body}
      </div>
    </Card>
  );
}
