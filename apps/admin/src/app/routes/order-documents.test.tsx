import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { adminOrder, paidOrder } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

/** What the page handed to the browser's downloads: the object URL's content and the file name. */
interface Saved {
  href: string;
  download: string;
  blob: Blob;
}

let saved: Saved[] = [];
let revoked: string[] = [];

beforeEach(() => {
  saved = [];
  revoked = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs and does not download: record what would have been saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  accessTokenStore.clear();
});

function pdf(text: string): Response {
  return new Response(`%PDF-1.7 ${text}`, {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="x.pdf"' },
  });
}

const documents = {
  invoice: { id: 'inv_1', number: 'INV-000123', issuedAt: '2026-11-24T10:00:00.000Z' },
  creditNotes: [
    {
      id: 'cn_1',
      number: 'CN-000045',
      refundId: 'ref_1',
      amount: { amount: 1250, currency: 'EUR' },
      reason: 'Damaged mug',
      issuedAt: '2026-11-25T10:00:00.000Z',
    },
  ],
  packingSlip: true,
};

describe('order documents', () => {
  it('downloads the invoice, a credit note and the packing slip with the employee token', async () => {
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, paidOrder()),
      'GET /admin/orders/ord_1/documents': () => reply(200, documents),
      'GET /admin/orders/ord_1/invoice.pdf': () => pdf('invoice'),
      'GET /admin/orders/ord_1/credit-notes/cn_1.pdf': () => pdf('credit note'),
      'GET /admin/orders/ord_1/packing-slip.pdf': () => pdf('packing slip'),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(card).findByText(/^Invoice/)).toHaveTextContent('Invoice INV-000123');
    expect(card).toHaveTextContent('Credit note CN-00004512.50 EUR');
    expect(card).toHaveTextContent('Damaged mug');

    await userEvent.click(within(card).getByRole('button', { name: 'Download invoice INV-000123' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const invoiceRequest = sent.find((request) => request.path === '/admin/orders/ord_1/invoice.pdf');
    expect(invoiceRequest?.authorization).toBe('Bearer test-token');
    expect(saved[0]?.download).toBe('INV-000123.pdf');
    expect(await saved[0]?.blob.text()).toBe('%PDF-1.7 invoice');
    // The object URL is let go once the download started.
    await vi.waitFor(() => expect(revoked).toEqual([saved[0]?.href]));

    await userEvent.click(within(card).getByRole('button', { name: 'Download credit note CN-000045' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.download).toBe('CN-000045.pdf');
    expect(await saved[1]?.blob.text()).toBe('%PDF-1.7 credit note');

    await userEvent.click(within(card).getByRole('button', { name: 'Download packing slip' }));
    await vi.waitFor(() => expect(saved).toHaveLength(3));
    expect(saved[2]?.download).toBe('packing-slip-1001.pdf');
    expect(
      sent
        .filter((request) => request.path.endsWith('.pdf'))
        .map((request) => [request.path, request.authorization]),
    ).toEqual([
      ['/admin/orders/ord_1/invoice.pdf', 'Bearer test-token'],
      ['/admin/orders/ord_1/credit-notes/cn_1.pdf', 'Bearer test-token'],
      ['/admin/orders/ord_1/packing-slip.pdf', 'Bearer test-token'],
    ]);
  });

  it('says why there is no invoice yet, and shows it once the order is marked paid', async () => {
    let paid = false;
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'GET /admin/orders/ord_1/documents': () =>
        reply(
          200,
          paid ? { ...documents, creditNotes: [] } : { invoice: null, creditNotes: [], packingSlip: true },
        ),
      'POST /admin/orders/ord_1/mark-paid': () => {
        paid = true;
        return reply(200, paidOrder());
      },
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(card).findByText('No invoice yet')).toBeInTheDocument();
    expect(card).toHaveTextContent('It is issued when the payment is received.');
    expect(within(card).queryByRole('button', { name: /invoice/i })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Download packing slip' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark as paid' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark as paid' }));
    expect(await within(card).findByText(/^Invoice/)).toHaveTextContent('Invoice INV-000123');
    expect(within(card).getByRole('button', { name: 'Download invoice INV-000123' })).toBeInTheDocument();
  });

  it('says when a download fails', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, paidOrder()),
      'GET /admin/orders/ord_1/documents': () => reply(200, documents),
      'GET /admin/orders/ord_1/invoice.pdf': () =>
        reply(404, {
          code: 'not_found',
          title: 'Not found',
          status: 404,
          detail: 'This order has no invoice yet: it is issued when the payment is received.',
        }),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Documents' });
    await userEvent.click(await within(card).findByRole('button', { name: 'Download invoice INV-000123' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The download did not work');
    expect(saved).toEqual([]);
  });
});
