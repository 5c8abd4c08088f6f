import type { Employee } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { adminOrder, invalidTransition } from '../../test/order-fixtures';
import { validationProblem } from '../../test/pricing-fixtures';
import { customerServiceEmployee, renderApp, sampleEmployee } from '../../test/render-app';
import { adminReturn, returnPage } from '../../test/return-fixtures';

afterEach(() => {
  accessTokenStore.clear();
});

const counts = { requested: 2, approved: 1, received: 0, refunded: 4, refused: 1 };

/** Orders read-only: sees the queue and the returns, acts on none. */
const orderReader: Employee = { ...customerServiceEmployee, permissions: ['orders:read'] };

describe('returns queue', () => {
  it('is in the navigation under Orders, for employees who may read orders', async () => {
    fakeApi({ 'GET /admin/returns': () => reply(200, returnPage([])) });
    renderApp('/returns', { signedIn: true });
    const navigation = screen.getByRole('navigation', { name: 'Back office' });
    const links = within(navigation)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Returns')).toBe(links.indexOf('Orders') + 1);
    expect(await screen.findByRole('heading', { name: 'No returns yet' })).toBeInTheDocument();
  });

  it('lists the returns and filters them by status (with counts) and search, kept in the address', async () => {
    const second = adminReturn({
      id: 'ret_2',
      number: 'R-1002',
      status: 'approved',
      order: { id: 'ord_7', number: 1007, email: 'grace@example.com', customerName: 'Grace Hopper' },
      items: [
        {
          lineId: 'oli_9',
          title: 'Stoneware mug',
          sku: 'MUG-1',
          quantity: 2,
          value: { amount: 5000, currency: 'EUR' },
        },
      ],
    });
    const { sent } = fakeApi({
      'GET /admin/returns': (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('q') === 'nobody') return reply(200, returnPage([], counts));
        if (query.get('status') === 'approved') return reply(200, returnPage([second], counts));
        return reply(200, returnPage([adminReturn(), second], counts));
      },
    });
    const { router } = renderApp('/returns', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Returns' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      /^R-1001#1001Ada Lovelaceada@example\.com1 item · 44\.91 EUR1 × Linen shirt · M \/ SandRequested.*2026/,
    );
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Order #1007' })).toHaveAttribute(
      'href',
      '/orders/ord_7',
    );
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'R-1001' })).toHaveAttribute(
      'href',
      '/returns/ret_1',
    );

    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByRole('button', { name: /^All.*8$/ })).toHaveAttribute('aria-pressed', 'true');
    const approved = within(status).getByRole('button', { name: /^Approved.*1$/ });
    expect(within(status).getByRole('button', { name: /^Requested.*2$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await userEvent.click(approved);
    expect(approved).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?status=approved');
    await expect
      .poll(() => within(screen.getByRole('table', { name: 'Returns' })).getAllByRole('row').length)
      .toBe(2);
    expect(sent.at(-1)?.search).toBe('?limit=25&status=approved');

    await userEvent.type(screen.getByLabelText('Search returns'), 'nobody');
    expect(
      await screen.findByRole('heading', { name: 'No returns match these filters' }),
    ).toBeInTheDocument();
    expect(new URLSearchParams(sent.at(-1)?.search).get('q')).toBe('nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    // The whole queue again (from the cache: it was the first page asked for).
    await expect
      .poll(
        () =>
          screen.queryByRole('table', { name: 'Returns' }) &&
          within(screen.getByRole('table', { name: 'Returns' })).getAllByRole('row').length,
      )
      .toBe(3);
  });

  it('opens a return on a row click', async () => {
    fakeApi({
      'GET /admin/returns': () => reply(200, returnPage([adminReturn()], counts)),
      'GET /admin/returns/ret_1': () => reply(200, adminReturn()),
    });
    const { router } = renderApp('/returns?status=requested', { signedIn: true });
    await userEvent.click(
      within(await screen.findByRole('table', { name: 'Returns' })).getByText('Ada Lovelace'),
    );
    expect(router.state.location.pathname).toBe('/returns/ret_1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Return R-1001' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All returns' })).toHaveAttribute(
      'href',
      '/returns?status=requested',
    );
  });

  it('is for employees with orders:read only', async () => {
    const { sent } = fakeApi({});
    renderApp('/returns', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['customers:read'] },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/returns'))).toEqual([]);
  });
});

describe('return page', () => {
  it('shows the items with their value, the reason and comment, the order and the customer', async () => {
    fakeApi({ 'GET /admin/returns/ret_1': () => reply(200, adminReturn()) });
    renderApp('/returns/ret_1', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Return R-1001' })).toBeInTheDocument();
    expect(document.title).toBe('Return R-1001 · Returns · Back office');
    const items = screen.getByRole('table', { name: 'Returned items' });
    expect(within(items).getAllByRole('row')[1]).toHaveTextContent(
      'Linen shirt · M / SandLS-M-SAND144.91 EUR',
    );
    const request = screen.getByRole('region', { name: 'Request' });
    expect(request).toHaveTextContent('Does not fit');
    expect(request).toHaveTextContent('Too tight on the shoulders.');
    const order = screen.getByRole('region', { name: 'Order' });
    expect(within(order).getByRole('link', { name: 'Order #1001' })).toHaveAttribute('href', '/orders/ord_1');
    expect(order).toHaveTextContent('Ada Lovelace');
  });

  it('approves, marks received, then refunds with the amount prefilled and restocking by default', async () => {
    const approved = adminReturn({ status: 'approved', allowedActions: ['receive', 'refuse'] });
    const received = adminReturn({ status: 'received', allowedActions: ['refund'] });
    const refunded = adminReturn({
      status: 'refunded',
      allowedActions: [],
      refundedAmount: { amount: 4000, currency: 'EUR' },
    });
    let current = adminReturn();
    let refundAttempt = 0;
    const { sent } = fakeApi({
      'GET /admin/returns/ret_1': () => reply(200, current),
      'POST /admin/returns/ret_1/approve': () => {
        current = approved;
        return reply(200, approved);
      },
      'POST /admin/returns/ret_1/receive': () => {
        current = received;
        return reply(200, received);
      },
      'POST /admin/returns/ret_1/refund': () => {
        refundAttempt += 1;
        if (refundAttempt === 1) {
          return reply(422, {
            type: 'about:blank',
            title: 'Refund too large',
            status: 422,
            code: 'refund_too_large',
            detail: 'At most 40.00 EUR can still be refunded.',
            errors: [{ path: 'amount', message: 'At most 40.00 EUR.' }],
          });
        }
        current = refunded;
        return reply(200, refunded);
      },
    });
    renderApp('/returns/ret_1', { signedIn: true });
    expect(await screen.findByRole('button', { name: 'Refuse' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark received' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refund' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const approvedNotice = await screen.findByText('Return R-1001 approved.');
    expect(approvedNotice.closest('[aria-live="polite"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark received' }));
    expect(await screen.findByText('Items of return R-1001 received.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refuse' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund return R-1001' });
    const amount = within(dialog).getByLabelText('Amount to refund (EUR)');
    expect(amount).toHaveValue('44.91');
    expect(within(dialog).getByLabelText('Put items back in stock')).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    // The API refuses more than is left: said on the amount, which gets the focus.
    expect(await within(dialog).findByText('At most 40.00 EUR.')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveFocus();
    await userEvent.clear(amount);
    await userEvent.type(amount, '40');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('40.00 EUR refunded for return R-1001.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Request' })).toHaveTextContent('Refunded40.00 EUR');

    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual([
      '/admin/returns/ret_1/approve',
      '/admin/returns/ret_1/receive',
      '/admin/returns/ret_1/refund',
      '/admin/returns/ret_1/refund',
    ]);
    expect(posts.slice(2).map((request) => request.body)).toEqual([
      { restock: true, amount: 4491 },
      { restock: true, amount: 4000 },
    ]);
    const keys = posts.map((request) => request.idempotencyKey);
    expect(keys.every((key) => /^[0-9a-f-]{36}$/.test(key ?? ''))).toBe(true);
    expect(new Set(keys).size).toBe(4);
  });

  it('refuses only with a reason, and shows the API error on it', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/returns/ret_1': () => reply(200, adminReturn()),
      'POST /admin/returns/ret_1/refuse': (request) => {
        attempt += 1;
        if (attempt === 1) return reply(400, validationProblem([{ path: 'reason', message: 'Too long.' }]));
        return reply(
          200,
          adminReturn({
            status: 'refused',
            allowedActions: [],
            refusalReason: (request.body as { reason: string }).reason,
          }),
        );
      },
    });
    renderApp('/returns/ret_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Refuse' }));
    const dialog = screen.getByRole('dialog', { name: 'Refuse return R-1001?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse return' }));
    const reason = within(dialog).getByLabelText(/Reason/);
    expect(within(dialog).getByText('Give the reason: it is emailed to the customer.')).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await userEvent.type(reason, 'Worn, the label is cut.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse return' }));
    expect(await within(dialog).findByText('Too long.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse return' }));
    expect(await screen.findByText('Return R-1001 refused.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Request' })).toHaveTextContent(
      'Refused becauseWorn, the label is cut.',
    );
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    const bodies = sent.filter((request) => request.method === 'POST').map((request) => request.body);
    expect(bodies).toEqual([{ reason: 'Worn, the label is cut.' }, { reason: 'Worn, the label is cut.' }]);
  });

  it('says why a step was refused, and reloads the return', async () => {
    const { sent } = fakeApi({
      'GET /admin/returns/ret_1': () => reply(200, adminReturn()),
      'POST /admin/returns/ret_1/approve': () => reply(409, invalidTransition('This return was refused.')),
    });
    renderApp('/returns/ret_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The return was not approved');
    expect(alert).toHaveTextContent('This return was refused.');
    await expect.poll(() => sent.filter((request) => request.path === '/admin/returns/ret_1').length).toBe(2);
  });

  it('offers no step without orders:write, and refund only with orders:refund', async () => {
    fakeApi({
      'GET /admin/returns/ret_1': () => reply(200, adminReturn()),
      'GET /admin/returns/ret_2': () =>
        reply(200, adminReturn({ id: 'ret_2', status: 'received', allowedActions: ['refund'] })),
    });
    const reader = renderApp('/returns/ret_1', { signedIn: true, employee: orderReader });
    expect(await screen.findByRole('heading', { level: 1, name: 'Return R-1001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refuse' })).not.toBeInTheDocument();
    reader.unmount();

    renderApp('/returns/ret_2', {
      signedIn: true,
      employee: { ...sampleEmployee, permissions: ['orders:read', 'orders:write'] },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Return R-1001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refund' })).not.toBeInTheDocument();
  });

  it('shows a not-found state for an unknown return', async () => {
    fakeApi({
      'GET /admin/returns/ret_404': () => reply(404, { status: 404, code: 'not_found', title: 'Not found' }),
    });
    renderApp('/returns/ret_404', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Return not found' })).toBeInTheDocument();
  });
});

describe('returns on the order page', () => {
  it('lists the returns of the order, each linking to its page', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () =>
        reply(
          200,
          adminOrder({
            returns: [
              {
                id: 'ret_1',
                number: 'R-1001',
                status: 'requested',
                items: [
                  {
                    lineId: 'oli_1',
                    title: 'Linen shirt · M / Sand',
                    sku: 'LS-M-SAND',
                    quantity: 1,
                    value: { amount: 4491, currency: 'EUR' },
                  },
                ],
                reason: 'damaged',
                comment: null,
                refusalReason: null,
                refundedAmount: null,
                createdAt: '2026-11-23T09:00:00.000Z',
                updatedAt: '2026-11-23T09:00:00.000Z',
              },
            ],
          }),
        ),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Returns' });
    expect(within(card).getByRole('link', { name: 'Return R-1001' })).toHaveAttribute(
      'href',
      '/returns/ret_1',
    );
    expect(card).toHaveTextContent('Requested');
    expect(card).toHaveTextContent('1 × Linen shirt · M / Sand');
    expect(card).toHaveTextContent('Damaged or defective');
  });
});
