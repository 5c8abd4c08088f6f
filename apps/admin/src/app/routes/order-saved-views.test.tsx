import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { orderSummary } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

interface View {
  id: string;
  list: 'orders';
  name: string;
  query: string;
  createdAt: string;
}

const view = (id: string, name: string, query: string): View => ({
  id,
  list: 'orders',
  name,
  query,
  createdAt: '2026-11-20T09:00:00.000Z',
});

/** A fake API keeping the employee's views (by name, names unique) and answering the orders list. */
function fakeViews(initial: View[]) {
  let views = [...initial];
  const byName = () => [...views].sort((a, b) => a.name.localeCompare(b.name));
  const deletes = Object.fromEntries(
    initial.map((existing) => [
      `DELETE /admin/saved-views/${existing.id}`,
      () => {
        views = views.filter((candidate) => candidate.id !== existing.id);
        return reply(204);
      },
    ]),
  );
  return fakeApi({
    ...deletes,
    'GET /admin/orders': () => reply(200, { items: [orderSummary()], total: 1, nextCursor: null }),
    'GET /admin/saved-views': () => reply(200, { items: byName() }),
    'POST /admin/saved-views': (request) => {
      const body = request.body as { list: 'orders'; name: string; query: string };
      if (views.some((candidate) => candidate.name === body.name)) {
        return reply(409, {
          code: 'conflict',
          title: 'Conflict',
          status: 409,
          detail: `You already have a view named "${body.name}".`,
        });
      }
      if (body.query.includes('q=refused')) {
        return reply(400, {
          code: 'validation_failed',
          title: 'Invalid request',
          status: 400,
          errors: [{ path: 'query', message: 'q: Too long' }],
        });
      }
      const created = view(`view_${views.length + 10}`, body.name, body.query);
      views.push(created);
      return reply(201, created);
    },
  });
}

const unpaid = view('view_1', 'Awaiting payment', 'paymentStatus=awaiting_payment');
const big = view('view_2', 'Big unshipped', 'fulfillmentStatus=unfulfilled&minTotal=10000&sort=total_desc');

describe('saved views of the orders list', () => {
  it('applies a view to the address and the filters, and goes back to all orders', async () => {
    const { sent } = fakeViews([unpaid, big]);
    const { router } = renderApp('/orders', { signedIn: true });
    const select = await screen.findByLabelText('View');
    await within(select).findByRole('option', { name: 'Big unshipped' });
    expect(select).toHaveValue('');
    expect(sent.find((request) => request.path === '/admin/saved-views')?.search).toBe('?list=orders');

    await userEvent.selectOptions(select, 'Big unshipped');
    expect(router.state.location.search).toBe('?fulfillment=unfulfilled&min=100.00&sort=total_desc');
    // The list shows the view's filters in its fields, and asks the API for them.
    expect(await screen.findByLabelText('Total from (EUR)')).toHaveValue('100.00');
    expect(screen.getByLabelText('Fulfilment')).toHaveValue('unfulfilled');
    expect(screen.getByLabelText('Sort by')).toHaveValue('total_desc');
    await expect
      .poll(() => sent.filter((request) => request.path === '/admin/orders').at(-1)?.search)
      .toBe('?limit=25&fulfillmentStatus=unfulfilled&minTotal=10000&sort=total_desc');
    expect(screen.getByLabelText('View')).toHaveValue('view_2');
    expect(screen.getByLabelText('View')).toHaveFocus();

    await userEvent.selectOptions(screen.getByLabelText('View'), 'All orders');
    expect(router.state.location.search).toBe('');
    expect(await screen.findByLabelText('Total from (EUR)')).toHaveValue('');

    // Setting the same filters by hand shows the view as chosen.
    await userEvent.selectOptions(screen.getByLabelText('Payment'), 'awaiting_payment');
    expect(screen.getByLabelText('View')).toHaveValue('view_1');
  });

  it('saves the current filters under a name, saying on the field when the name is taken', async () => {
    const { sent } = fakeViews([unpaid]);
    renderApp('/orders?status=pending&min=50', { signedIn: true });
    const select = await screen.findByLabelText('View');
    await within(select).findByRole('option', { name: 'Awaiting payment' });
    expect(select).toHaveValue('__unsaved');
    expect(within(select).getByRole('option', { name: 'Current filters (not saved)' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Delete view' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog', { name: 'Save these filters as a view' });
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Give the view a name.'));
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(name, 'Awaiting payment');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(
      await within(dialog).findByText('You already have a view named "Awaiting payment".'),
    ).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();

    await userEvent.clear(name);
    await userEvent.type(name, '  Pending over 50 {Enter}');
    expect(await screen.findByText('View “Pending over 50” saved.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST').at(-1)?.body).toEqual({
      list: 'orders',
      name: 'Pending over 50',
      query: 'status=pending&minTotal=5000',
    });
    // The new view is in the list, and chosen (it has the filters on screen).
    await within(screen.getByLabelText('View')).findByRole('option', { name: 'Pending over 50' });
    expect(screen.getByLabelText('View')).toHaveValue('view_11');
  });

  it('shows a query the API refuses at the top of the dialog', async () => {
    fakeViews([]);
    renderApp('/orders?q=refused', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog', { name: 'Save these filters as a view' });
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Refused');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The view was not saved');
    expect(alert).toHaveTextContent('q: Too long');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('deletes the view shown, after asking', async () => {
    const { sent } = fakeViews([unpaid, big]);
    renderApp('/orders?payment=awaiting_payment', { signedIn: true });
    const select = await screen.findByLabelText('View');
    await within(select).findByRole('option', { name: 'Awaiting payment' });
    expect(select).toHaveValue('view_1');

    await userEvent.click(screen.getByRole('button', { name: 'Delete view' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the view “Awaiting payment”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete view' }));
    expect(await screen.findByText('View “Awaiting payment” deleted.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/saved-views/view_1',
    ]);
    await expect
      .poll(() => within(screen.getByLabelText('View')).queryByRole('option', { name: 'Awaiting payment' }))
      .toBeNull();
    // The filters stay on screen, now unsaved.
    expect(screen.getByLabelText('View')).toHaveValue('__unsaved');
    expect(screen.getByLabelText('Payment')).toHaveValue('awaiting_payment');
  });
});
