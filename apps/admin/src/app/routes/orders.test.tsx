import type { Employee } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { orderKeys } from '../../features/orders/api/order-keys';
import { accessTokenStore } from '../../lib/access-token';
import { dayBoundary } from '../../lib/format-date';
import { fakeApi, reply } from '../../test/fake-api';
import {
  adminOrder,
  cardOrder,
  invalidTransition,
  orderEvent,
  orderSummary,
} from '../../test/order-fixtures';
import { validationProblem } from '../../test/pricing-fixtures';
import { customerServiceEmployee, renderApp, sampleEmployee } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const page = (items: ReturnType<typeof orderSummary>[], nextCursor: string | null = null) => ({
  items,
  total: items.length,
  nextCursor,
});

/** Orders and customers, read-only: sees orders, acts on none. */
const orderReader: Employee = { ...customerServiceEmployee, permissions: ['orders:read', 'customers:read'] };

describe('orders list', () => {
  it('says when there are no orders yet, without a way to clear filters', async () => {
    fakeApi({ 'GET /admin/orders': () => reply(200, page([])) });
    renderApp('/orders', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No orders yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows each order with its number, customer, badges, items and total, and opens it on a row click', async () => {
    fakeApi({
      'GET /admin/orders': () =>
        reply(
          200,
          page([
            orderSummary(),
            orderSummary({
              id: 'ord_2',
              number: 1002,
              customerName: 'Grace Hopper',
              email: 'grace@example.com',
              customerId: null,
              status: 'cancelled',
              paymentStatus: 'refunded',
              fulfillmentStatus: 'unfulfilled',
              total: { amount: 4990, currency: 'EUR' },
              itemCount: 1,
            }),
            orderSummary({
              id: 'ord_3',
              number: 1003,
              status: 'completed',
              paymentStatus: 'paid',
              fulfillmentStatus: 'fulfilled',
            }),
          ]),
        ),
      'GET /admin/orders/ord_2': () => reply(200, adminOrder({ id: 'ord_2', number: 1002 })),
    });
    const { router } = renderApp('/orders', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Orders' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      /^#1001.*2026.*Ada Lovelaceada@example\.comPendingAwaiting paymentUnfulfilled124\.90 EUR3 items$/,
    );
    expect(rows[1]).toHaveTextContent(
      /^#1002.*Grace Hoppergrace@example\.comCancelledRefundedUnfulfilled49\.90 EUR1 item$/,
    );
    expect(rows[2]).toHaveTextContent(/CompletedPaidFulfilled/);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '#1001' })).toHaveAttribute(
      'href',
      '/orders/ord_1',
    );
    expect(screen.getByText('Showing 3 of 3 orders')).toBeInTheDocument();

    await userEvent.click(within(rows[1] as HTMLElement).getByText('Grace Hopper'));
    expect(router.state.location.pathname).toBe('/orders/ord_2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1002' })).toBeInTheDocument();
  });

  it('keeps the filters in the address and sends them to the API (totals in minor units, days as instants)', async () => {
    const { sent } = fakeApi({
      'GET /admin/orders': (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('q') === 'nobody') return reply(200, page([]));
        return reply(200, page([orderSummary()]));
      },
    });
    const { router } = renderApp('/orders?status=pending&payment=awaiting_payment&min=50&sort=total_desc', {
      signedIn: true,
    });
    await screen.findByRole('table', { name: 'Orders' });
    const listRequests = () => sent.filter((request) => request.path === '/admin/orders');
    expect(listRequests()[0]?.search).toBe(
      '?limit=25&status=pending&paymentStatus=awaiting_payment&minTotal=5000&sort=total_desc',
    );
    expect(screen.getByLabelText('Status')).toHaveValue('pending');
    expect(screen.getByLabelText('Payment')).toHaveValue('awaiting_payment');
    expect(screen.getByLabelText('Total from (EUR)')).toHaveValue('50');
    expect(screen.getByLabelText('Sort by')).toHaveValue('total_desc');

    await userEvent.selectOptions(screen.getByLabelText('Fulfilment'), 'unfulfilled');
    await userEvent.type(screen.getByLabelText('Placed from'), '2026-11-01');
    await userEvent.type(screen.getByLabelText('Total up to (EUR)'), '100,5');
    await expect.poll(() => new URLSearchParams(listRequests().at(-1)?.search).get('maxTotal')).toBe('10050');
    const last = new URLSearchParams(listRequests().at(-1)?.search);
    expect(last.get('fulfillmentStatus')).toBe('unfulfilled');
    expect(last.get('maxTotal')).toBe('10050');
    expect(last.get('placedFrom')).toBe(dayBoundary('2026-11-01', 'start'));
    expect(router.state.location.search).toBe(
      '?status=pending&payment=awaiting_payment&min=50&sort=total_desc&fulfillment=unfulfilled&from=2026-11-01&max=100%2C5',
    );

    // An amount that cannot be read is said on its field, and not sent.
    const before = listRequests().length;
    await userEvent.clear(screen.getByLabelText('Total from (EUR)'));
    await userEvent.type(screen.getByLabelText('Total from (EUR)'), '12.345');
    expect(screen.getByText('Use at most 2 decimals.')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(
      listRequests()
        .slice(before)
        .some((request) => request.search.includes('minTotal=12345')),
    ).toBe(false);

    // Sorting by newest is the default: it leaves the address.
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'newest');
    expect(router.state.location.search).not.toContain('sort=');

    await userEvent.type(screen.getByLabelText('Search orders'), 'nobody');
    expect(await screen.findByRole('heading', { name: 'No orders match these filters' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Total from (EUR)')).toHaveValue('');
    expect(screen.getByLabelText('Search orders')).toHaveValue('');
    await expect.poll(() => listRequests().at(-1)?.search).toBe('?limit=25');
  });

  it('is for employees with orders:read only', async () => {
    const { sent } = fakeApi({});
    renderApp('/orders', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['customers:read'] },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/orders'))).toEqual([]);
  });
});

describe('order page', () => {
  it('shows the lines, totals, customer, addresses, payment and timeline', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () =>
        reply(
          200,
          adminOrder({
            termsAcceptedAt: '2026-11-20T09:58:00.000Z',
            events: [
              orderEvent({
                id: 'oev_2',
                kind: 'note',
                message: 'Customer asked for gift wrapping.',
                actor: { id: 'emp_01', name: 'Ada Lovelace' },
                createdAt: '2026-11-20T10:00:00.000Z',
              }),
              orderEvent(),
            ],
          }),
        ),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    expect(document.title).toBe('Order #1001 · Orders · Back office');
    expect(screen.getByText(/^Terms accepted /)).toBeInTheDocument();
    expect(screen.getAllByText('Pending')[0]).toBeInTheDocument();
    expect(screen.getAllByText('Awaiting payment')[0]).toBeInTheDocument();

    const lines = screen.getByRole('table', { name: 'Items' });
    const rows = within(lines).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Linen shirtM / SandLS-M-SAND249.90 EUR−9.98 EUR14.97 EUR89.82 EUR');
    expect(rows[1]).toHaveTextContent('Stoneware mugMUG-1125.00 EUR—4.17 EUR25.00 EUR');

    const totals = screen.getByLabelText('Totals');
    expect(totals).toHaveTextContent('Subtotal124.80 EUR');
    expect(totals).toHaveTextContent('Discount: Spring sale (SPRING10)−9.98 EUR');
    expect(totals).toHaveTextContent('Shipping (Colissimo)4.90 EUR');
    expect(totals).toHaveTextContent('VAT FR 20 % (incl.)19.96 EUR');
    expect(totals).not.toHaveTextContent('20 % 20 %');
    expect(totals).toHaveTextContent('Total119.72 EUR');

    const customer = screen.getByRole('region', { name: 'Customer' });
    expect(within(customer).getByRole('link', { name: 'ada@example.com' })).toHaveAttribute(
      'href',
      'mailto:ada@example.com',
    );
    expect(within(customer).getByRole('link', { name: 'View customer' })).toHaveAttribute(
      'href',
      '/customers/cus_1',
    );
    const shipping = screen.getByRole('region', { name: 'Shipping' });
    expect(shipping).toHaveTextContent('12 rue de la Paix');
    expect(shipping).toHaveTextContent('France');
    expect(shipping).toHaveTextContent('Colissimo · 2–3 business days');
    expect(screen.getByRole('region', { name: 'Billing address' })).toHaveTextContent('1 avenue Foch');
    const payment = screen.getByRole('region', { name: 'Payment' });
    expect(payment).toHaveTextContent('Bank transfer (manual)');
    expect(payment).toHaveTextContent('Not received yet');
    expect(payment).toHaveTextContent('IBAN FR76');

    const timeline = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(timeline[0]).toHaveTextContent(/Note ?Customer asked for gift wrapping\.Ada Lovelace · /);
    expect(timeline[1]).toHaveTextContent(/Order placed \(bank transfer\)\.System · /);
    expect(screen.getByText('Only staff see notes; the customer never does.')).toBeInTheDocument();
  });

  it('marks a manual payment as paid with a note, sending a new idempotency key per click', async () => {
    const paid = adminOrder({
      status: 'confirmed',
      paymentStatus: 'paid',
      payment: {
        provider: 'manual',
        status: 'captured',
        cardBrand: null,
        cardLast4: null,
        instructions: 'IBAN FR76 3000 6000 0112 3456 7890 189',
      },
      allowedActions: ['cancel'],
      events: [
        orderEvent({
          id: 'oev_3',
          kind: 'marked_paid',
          message: 'Marked as paid: transfer ref 8841',
          actor: { id: 'emp_01', name: 'Ada Lovelace' },
          createdAt: '2026-11-21T08:00:00.000Z',
        }),
        orderEvent(),
      ],
    });
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'POST /admin/orders/ord_1/mark-paid': () => reply(200, paid),
    });
    const { queryClient } = renderApp('/orders/ord_1', {
      signedIn: true,
      seed: (client) => client.setQueryData(orderKeys.list({}), { pages: [], pageParams: [] }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as paid' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark order #1001 as paid?' });
    await userEvent.type(within(dialog).getByLabelText('Note (optional)'), 'transfer ref 8841');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as paid' }));

    expect(await screen.findByText('Order #1001 marked as paid.')).toBeInTheDocument();
    const request = sent.find((entry) => entry.path === '/admin/orders/ord_1/mark-paid');
    expect(request).toMatchObject({ method: 'POST', body: { note: 'transfer ref 8841' } });
    expect(request?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.queryByRole('button', { name: 'Mark as paid' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel order' })).toBeInTheDocument();
    expect(screen.getAllByText('Paid')[0]).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Timeline' })).toHaveTextContent(
      'Marked as paid: transfer ref 8841',
    );
    // The lists are stale now.
    expect(queryClient.getQueryState(orderKeys.list({}))?.isInvalidated).toBe(true);
  });

  it('captures an authorised card payment, and shows a refused transition in an alert', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/orders/ord_2': () => reply(200, cardOrder()),
      'POST /admin/orders/ord_2/capture': () => {
        attempt += 1;
        if (attempt === 1) return reply(409, invalidTransition('The payment is already captured.'));
        return reply(200, cardOrder({ paymentStatus: 'paid', allowedActions: ['cancel'] }));
      },
    });
    renderApp('/orders/ord_2', { signedIn: true });
    expect(await screen.findByRole('region', { name: 'Payment' })).toHaveTextContent('Visa •••• 4242');
    await userEvent.click(screen.getByRole('button', { name: 'Capture payment' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The payment was not captured');
    expect(alert).toHaveTextContent('The payment is already captured.');
    // The order is read again after the conflict, to offer only what is allowed now.
    await expect.poll(() => sent.filter((request) => request.path === '/admin/orders/ord_2').length).toBe(2);

    await userEvent.click(screen.getByRole('button', { name: 'Capture payment' }));
    expect(await screen.findByText('Payment of 119.72 EUR captured.')).toBeInTheDocument();
    const keys = sent
      .filter((request) => request.path.endsWith('/capture'))
      .map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
    expect(screen.queryByRole('button', { name: 'Capture payment' })).not.toBeInTheDocument();
  });

  it('cancels only with a reason, putting the items back in stock unless unticked', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/orders/ord_2': () => reply(200, cardOrder()),
      'POST /admin/orders/ord_2/cancel': () => {
        attempt += 1;
        if (attempt === 1) return reply(400, validationProblem([{ path: 'reason', message: 'Too long.' }]));
        return reply(200, cardOrder({ status: 'cancelled', paymentStatus: 'voided', allowedActions: [] }));
      },
    });
    renderApp('/orders/ord_2', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel order #1002?' });
    expect(dialog).toHaveTextContent(
      'The card authorisation of 119.72 EUR is voided: the customer is not charged.',
    );
    const restock = within(dialog).getByLabelText('Put items back in stock');
    expect(restock).toBeChecked();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(within(dialog).getByText('Give the reason for cancelling.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Reason/)).toHaveFocus();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Customer changed their mind');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Too long.')).toBeInTheDocument();

    await userEvent.click(restock);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await screen.findByText('Order #1002 cancelled.')).toBeInTheDocument();
    const requests = sent.filter((request) => request.path === '/admin/orders/ord_2/cancel');
    expect(requests.map((request) => request.body)).toEqual([
      { reason: 'Customer changed their mind', restock: true },
      { reason: 'Customer changed their mind', restock: false },
    ]);
    expect(requests[0]?.idempotencyKey).not.toBe(requests[1]?.idempotencyKey);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Cancelled')[0]).toBeInTheDocument();
  });

  it('says why a cancellation was refused, closing the dialog', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'POST /admin/orders/ord_1/cancel': () =>
        reply(409, invalidTransition('Shipped orders cannot be cancelled; refund them instead.')),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await userEvent.type(screen.getByLabelText(/Reason/), 'Out of stock');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel order' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The order was not cancelled');
    expect(alert).toHaveTextContent('Shipped orders cannot be cancelled; refund them instead.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('adds an internal note to the timeline', async () => {
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'POST /admin/orders/ord_1/notes': (request) =>
        reply(
          200,
          adminOrder({
            events: [
              orderEvent({
                id: 'oev_9',
                kind: 'note',
                message: (request.body as { text: string }).text,
                actor: { id: 'emp_01', name: 'Ada Lovelace' },
                createdAt: '2026-11-22T08:00:00.000Z',
              }),
              orderEvent(),
            ],
          }),
        ),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'Add a note' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(within(form).getByText('Write the note first.')).toBeInTheDocument();

    await userEvent.type(within(form).getByLabelText('Internal note'), '  Called the customer  ');
    await userEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(await within(form).findByText('Note added to the timeline.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Internal note')).toHaveValue('');
    expect(sent.at(-1)).toMatchObject({ method: 'POST', body: { text: 'Called the customer' } });
    expect(sent.at(-1)?.idempotencyKey).toBeTruthy();
    const events = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(events[0]).toHaveTextContent(/Note ?Called the customerAda Lovelace/);
  });

  it('offers no action and no note form without orders:write', async () => {
    fakeApi({ 'GET /admin/orders/ord_2': () => reply(200, cardOrder()) });
    renderApp('/orders/ord_2', { signedIn: true, employee: orderReader });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1002' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Capture payment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a note' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View customer' })).toBeInTheDocument();
  });

  it('links to the customer only for employees who may read customers', async () => {
    fakeApi({ 'GET /admin/orders/ord_1': () => reply(200, adminOrder()) });
    renderApp('/orders/ord_1', {
      signedIn: true,
      employee: { ...sampleEmployee, permissions: ['orders:read', 'orders:write'] },
    });
    const customer = await screen.findByRole('region', { name: 'Customer' });
    expect(within(customer).queryByRole('link', { name: 'View customer' })).not.toBeInTheDocument();
    expect(customer).toHaveTextContent('Ordered with a customer account.');
    expect(screen.getByRole('button', { name: 'Mark as paid' })).toBeInTheDocument();
  });

  it('shows a not-found state for an unknown order', async () => {
    fakeApi({
      'GET /admin/orders/ord_404': () => reply(404, { status: 404, code: 'not_found', title: 'Not found' }),
    });
    renderApp('/orders/ord_404', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all orders' })).toHaveAttribute('href', '/orders');
  });
});
