import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeCommerce, sampleOrder } from '../test/fake-commerce';
import { renderApp, sampleCustomer } from '../test/render-app';

describe('order confirmation page', () => {
  it('shows the order opened with its token: items, totals, addresses, shipping and payment', async () => {
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001, { guestToken: 'tok_secret' })] });
    renderApp('/orders/1001?token=tok_secret', { commerce });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    expect(document.title).toBe('Order #1001 · Maison Lumière');
    expect(screen.getByText('Placed on 20 November 2026')).toBeInTheDocument();
    expect(screen.getByText('Confirmed')).toBeInTheDocument();
    expect(screen.getByText('Paid')).toBeInTheDocument();
    const items = screen.getByRole('region', { name: 'Items' });
    expect(within(items).getByRole('link', { name: 'Robe lin' })).toHaveAttribute(
      'href',
      '/products/robe-lin',
    );
    expect(items).toHaveTextContent('2 × €59.00');
    expect(items).toHaveTextContent('Welcome offer 10 % (WELCOME10)−€11.80');
    expect(items).toHaveTextContent('ShippingFree');
    expect(items).toHaveTextContent('Incl. TVA (20%)€17.70');
    expect(items).toHaveTextContent('Total€106.20');
    const shipping = screen.getByRole('region', { name: 'Shipping' });
    expect(shipping).toHaveTextContent('Ada Lovelace12 rue des Lilas75011 ParisFrance');
    expect(shipping).toHaveTextContent('Colissimo · 2–3 business days');
    expect(screen.getByRole('region', { name: 'Payment' })).toHaveTextContent('Visa •••• 4242');
  });

  it('shows what has shipped, with the tracking link', async () => {
    const order = sampleOrder(1002, {
      guestToken: 'tok_ship',
      fulfillmentStatus: 'partially_fulfilled',
      shipments: [
        {
          id: 'shp_1',
          carrier: 'Colissimo',
          trackingNumber: '6A123',
          trackingUrl: 'https://track.example/6A123',
          status: 'shipped',
          items: [{ lineId: 'line_1', quantity: 1 }],
          shippedAt: '2026-11-21T09:00:00.000Z',
          deliveredAt: null,
        },
      ],
    });
    renderApp('/orders/1002?token=tok_ship', { commerce: createFakeCommerce({ myOrders: [order] }) });
    const shipping = await screen.findByRole('region', { name: 'Shipping' });
    expect(shipping).toHaveTextContent('Shipped so far');
    expect(shipping).toHaveTextContent('1 item with Colissimo · shipped on 21 November 2026');
    expect(within(shipping).getByRole('link', { name: /6A123/ })).toHaveAttribute(
      'href',
      'https://track.example/6A123',
    );
  });

  it('says the link is not valid for a wrong or missing token', async () => {
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001, { guestToken: 'tok_secret' })] });
    renderApp('/orders/1001?token=nope', { commerce });
    expect(await screen.findByText(/This order link is incomplete or no longer valid/)).toBeInTheDocument();
  });
});

describe('order history', () => {
  it('says when there are no orders yet', async () => {
    renderApp('/account/orders', { customer: sampleCustomer });
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No orders yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start shopping' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Account' });
    expect(within(nav).getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
  });

  it('lists the orders a page at a time and opens one', async () => {
    const user = userEvent.setup();
    const orders = Array.from({ length: 12 }, (_, index) => sampleOrder(1012 - index));
    const { api } = renderApp('/account/orders', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: orders }),
    });
    const list = await screen.findByRole('list', { name: 'Your orders' });
    expect(within(list).getAllByRole('link')).toHaveLength(10);
    const first = within(list).getByRole('link', { name: /Order #1012/ });
    expect(first).toHaveTextContent('Order #101220 November 20262 itemsConfirmed€106.20');
    expect(first).toHaveAttribute('href', '/account/orders/1012');
    expect(screen.getByText('Showing 10 of 12 orders')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more orders' }));
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(12));
    expect(screen.queryByRole('button', { name: 'Show more orders' })).not.toBeInTheDocument();
    expect(api.requestsTo('/store/me/orders').map((url) => url.searchParams.toString())).toEqual([
      'limit=10',
      'limit=10&cursor=10',
    ]);

    await user.click(within(list).getByRole('link', { name: /Order #1003/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1003' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All orders' })).toHaveAttribute('href', '/account/orders');
  });

  it('is linked from the account page', async () => {
    renderApp('/account', { customer: sampleCustomer });
    expect(await screen.findByRole('link', { name: 'View your orders' })).toHaveAttribute(
      'href',
      '/account/orders',
    );
  });
});
