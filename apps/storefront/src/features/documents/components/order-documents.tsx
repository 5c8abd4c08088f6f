import { ApiError } from '@comptoir/sdk';
import { Button, VisuallyHidden } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { describeError } from '../../../lib/describe-error';
import { formatMoney } from '../../../lib/money';
import type { DocumentRequest } from '../api/download-document';
import { useDownloadDocument } from '../api/download-document';
import { useMyOrderDocuments } from '../api/list-my-order-documents';
import './order-documents.css';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** Frame of the documents card, in the order page's side column. */
function DocumentsSection({ children }: { children: ReactNode }) {
  return (
    <section className="sf-order__section sf-documents" aria-labelledby="order-documents-title">
      <h2 id="order-documents-title" className="sf-order__heading">
        Documents
      </h2>
      {children}
    </section>
  );
}

export interface MyOrderDocumentsProps {
  number: number;
  /** True while the order waits for its payment: then the invoice is still to come, and the card says so. */
  awaitingPayment: boolean;
}

/**
 * The invoice and credit notes of one of the signed-in customer's orders, each downloaded as a PDF with the
 * customer's token. Without an invoice, says when it comes (payment pending) or shows nothing.
 */
export function MyOrderDocuments({ number, awaitingPayment }: MyOrderDocumentsProps) {
  const documents = useMyOrderDocuments(number);
  if (documents.isPending) {
    return (
      <DocumentsSection>
        <p className="sf-order__muted" role="status">
          Loading your documents…
        </p>
      </DocumentsSection>
    );
  }
  if (documents.isError) {
    return (
      <DocumentsSection>
        <p className="ct-field__error">
          Your documents could not be loaded. {describeError(documents.error)}
        </p>
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void documents.refetch()}
            loading={documents.isFetching}
          >
            Try again
          </Button>
        </div>
      </DocumentsSection>
    );
  }
  const { invoice, creditNotes } = documents.data;
  if (!invoice && creditNotes.length === 0) {
    return awaitingPayment ? (
      <DocumentsSection>
        <p className="sf-order__muted">Your invoice will be available once the payment is received.</p>
      </DocumentsSection>
    ) : null;
  }
  return (
    <DocumentsSection>
      <ul className="sf-documents__list">
        {invoice ? (
          <li className="sf-documents__item">
            <span className="sf-documents__text">
              <span className="sf-documents__title">Invoice {invoice.number}</span>
              <span className="sf-order__muted">
                Issued on {dateFormat.format(new Date(invoice.issuedAt))}
              </span>
            </span>
            <DownloadButton
              request={{ kind: 'my-invoice', number, fileName: `${invoice.number}.pdf` }}
              label="Download invoice"
            />
          </li>
        ) : null}
        {creditNotes.map((note) => (
          <li key={note.id} className="sf-documents__item">
            <span className="sf-documents__text">
              <span className="sf-documents__title">
                Credit note {note.number} — {formatMoney(note.amount)}
              </span>
              <span className="sf-order__muted">Issued on {dateFormat.format(new Date(note.issuedAt))}</span>
            </span>
            <DownloadButton
              request={{
                kind: 'my-credit-note',
                number,
                creditNoteId: note.id,
                fileName: `${note.number}.pdf`,
              }}
              label={
                <>
                  Download<VisuallyHidden> credit note {note.number}</VisuallyHidden>
                </>
              }
            />
          </li>
        ))}
      </ul>
    </DocumentsSection>
  );
}

export interface GuestOrderInvoiceProps {
  number: number;
  token: string;
  /** Only a paid order has an invoice: the card shows for paid and (partly) refunded orders. */
  paid: boolean;
}

/** The invoice of an order opened through its guest link, downloaded with the link's token. */
export function GuestOrderInvoice({ number, token, paid }: GuestOrderInvoiceProps) {
  if (!paid) return null;
  return (
    <DocumentsSection>
      <DownloadButton
        request={{ kind: 'guest-invoice', number, token, fileName: `invoice-${number}.pdf` }}
        label="Download invoice"
        notFound="Your invoice is not ready yet. Please try again in a few minutes."
      />
    </DocumentsSection>
  );
}

interface DownloadButtonProps {
  request: DocumentRequest;
  label: ReactNode;
  /** What a 404 means here, in words. */
  notFound?: string;
}

function DownloadButton({ request, label, notFound }: DownloadButtonProps) {
  const download = useDownloadDocument();
  const error = download.error;
  const message = !error
    ? null
    : notFound && error instanceof ApiError && error.status === 404
      ? notFound
      : `The file could not be downloaded. ${describeError(error)}`;
  return (
    <span className="sf-documents__action">
      <Button variant="secondary" loading={download.isPending} onClick={() => download.mutate(request)}>
        {label}
      </Button>
      {message ? (
        <span className="ct-field__error" role="alert">
          {message}
        </span>
      ) : null}
    </span>
  );
}
