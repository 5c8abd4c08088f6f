import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeCommerce, sampleOrder } from '../test/fake-commerce';
import { renderApp, sampleCustomer } from '../test/render-app';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const invoiced = {
  invoice: { id: 'inv_1', number: 'INV-000123', issuedAt: '2026-11-20T09:31:00.000Z' },
  creditNotes: [
    {
      id: 'cn_1',
      number: 'CN-000045',
      refundId: 'ref_1',
      amount: eur(1250),
      reason: 'Damaged',
      issuedAt: '2026-11-22T10:00:00.000Z',
    },
  ],
};

/** What the page handed to the browser to save: the object URL's content and the file name. */
let saved: { blob: Blob; fileName: string }[];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs, and a click on a download link would try to navigate.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ blob, fileName: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('documents on the account order page', () => {
  it('downloads the invoice and the credit notes with the customer token', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001)], documents: { 1001: invoiced } });
    const { api } = renderApp('/account/orders/1001', { customer: sampleCustomer, commerce });
    const documents = await screen.findByRole('region', { name: 'Documents' });
    expect(await within(documents).findByText('Invoice INV-000123')).toBeInTheDocument();
    expect(documents).toHaveTextContent('Issued on 20 November 2026');
    expect(documents).toHaveTextContent('Credit note CN-000045 — €12.50');

    await user.click(within(documents).getByRole('button', { name: 'Download invoice' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe('INV-000123.pdf');
    expect(await saved[0]?.blob.text()).toBe('%PDF-1.7 INV-000123.pdf');
    expect(api.requestsTo('/store/me/orders/1001/invoice.pdf')).toHaveLength(1);

    await user.click(within(documents).getByRole('button', { name: 'Download credit note CN-000045' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.fileName).toBe('CN-000045.pdf');
    expect(api.requestsTo('/store/me/orders/1001/credit-notes/cn_1.pdf')).toHaveLength(1);
  });

  it('offers no invoice before the payment is received', async () => {
    const order = sampleOrder(1001, { paymentStatus: 'awaiting_payment' });
    renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: [order] }),
    });
    const documents = await screen.findByRole('region', { name: 'Documents' });
    expect(
      await within(documents).findByText('Your invoice will be available once the payment is received.'),
    ).toBeInTheDocument();
    expect(within(documents).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows no documents card for an order that will never have an invoice', async () => {
    const order = sampleOrder(1001, { status: 'cancelled', paymentStatus: 'voided' });
    const { api } = renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: [order] }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('/store/me/orders/1001/documents')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Documents' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download invoice' })).not.toBeInTheDocument();
  });
});

describe('the invoice on the guest order page', () => {
  it('downloads the invoice of a paid order with the link token', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({
      myOrders: [sampleOrder(1001, { guestToken: 'tok_guest' })],
      documents: { 1001: invoiced },
    });
    const { api } = renderApp('/orders/1001?token=tok_guest', { commerce });
    const documents = await screen.findByRole('region', { name: 'Documents' });
    await user.click(within(documents).getByRole('button', { name: 'Download invoice' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe('INV-000123.pdf');
    const [request] = api.requestsTo('/store/orders/1001/invoice.pdf');
    expect(request?.searchParams.get('token')).toBe('tok_guest');
  });

  it('says when the invoice is not ready yet', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001, { guestToken: 'tok_guest' })] });
    renderApp('/orders/1001?token=tok_guest', { commerce });
    const documents = await screen.findByRole('region', { name: 'Documents' });
    await user.click(within(documents).getByRole('button', { name: 'Download invoice' }));
    expect(await within(documents).findByRole('alert')).toHaveTextContent('Your invoice is not ready yet.');
    expect(saved).toHaveLength(0);
  });

  it('offers no invoice for an unpaid order', async () => {
    const order = sampleOrder(1001, { guestToken: 'tok_guest', paymentStatus: 'awaiting_payment' });
    renderApp('/orders/1001?token=tok_guest', { commerce: createFakeCommerce({ myOrders: [order] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download invoice' })).not.toBeInTheDocument();
  });
});
