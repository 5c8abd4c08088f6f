import type { Employee } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { inventoryItem, inventoryPage, lowMug, stockMovement } from '../../test/inventory-fixtures';
import { validationProblem } from '../../test/pricing-fixtures';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

/** Sees the catalog and its stock, changes nothing. */
const catalogReader: Employee = { ...customerServiceEmployee, permissions: ['catalog:read'] };

describe('inventory', () => {
  it('lists stock per variant and keeps "Low stock only" in the address', async () => {
    const { sent } = fakeApi({
      'GET /admin/inventory': (request) =>
        reply(
          200,
          new URLSearchParams(request.search).get('lowStock') === 'true'
            ? inventoryPage([lowMug()])
            : inventoryPage([inventoryItem(), lowMug()]),
        ),
    });
    const { router } = renderApp('/inventory', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inventory' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Stock per variant' });
    expect(within(table).getByRole('link', { name: 'Linen shirt' })).toHaveAttribute(
      'href',
      '/products/prod_1',
    );
    expect(within(table).getByText('M / Sand')).toBeInTheDocument();
    expect(within(table).getByText('Low stock')).toBeInTheDocument();
    expect(within(table).getByText('In stock')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).getByRole('link', { name: 'Inventory' })).toHaveAttribute('aria-current', 'page');

    await userEvent.click(screen.getByLabelText('Low stock only'));
    expect(router.state.location.search).toBe('?lowStock=true');
    await screen.findByText('Showing 1 of 1 variants');
    expect(within(screen.getByRole('table')).queryByText('Linen shirt')).not.toBeInTheDocument();
    expect(sent.at(-1)?.search).toContain('lowStock=true');
  });

  it('says when nothing is low on stock, and when no variant matches', async () => {
    fakeApi({ 'GET /admin/inventory': () => reply(200, inventoryPage([])) });
    renderApp('/inventory?lowStock=true', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Nothing is low on stock' })).toBeInTheDocument();
    expect(screen.getByLabelText('Low stock only')).toBeChecked();
    await userEvent.type(screen.getByLabelText('Search stock'), 'zzz');
    expect(await screen.findByRole('heading', { name: 'No variants match' })).toBeInTheDocument();
  });

  it('adjusts the selected variants with a delta and a counted stock', async () => {
    const { sent } = fakeApi({
      'GET /admin/inventory': () => reply(200, inventoryPage([inventoryItem(), lowMug()])),
      'POST /admin/inventory/adjustments': () => reply(200, { items: [] }),
    });
    renderApp('/inventory', { signedIn: true });
    await userEvent.click(await screen.findByRole('checkbox', { name: /Select Linen shirt/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Select Stoneware mug/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Adjust stock' }));
    const dialog = screen.getByRole('dialog', { name: 'Adjust stock of 2 variants' });
    const rows = within(dialog).getAllByRole('listitem');
    const [shirtRow, mugRow] = rows as [HTMLElement, HTMLElement];
    await userEvent.type(within(shirtRow).getByLabelText('Units to add (− to remove)'), '-2');
    await userEvent.selectOptions(within(mugRow).getByLabelText('Change'), 'setTo');
    await userEvent.type(within(mugRow).getByLabelText('Counted stock'), '7');
    expect(shirtRow).toHaveTextContent('12 in stock → 10 after');
    expect(mugRow).toHaveTextContent('2 in stock → 7 after');
    await userEvent.selectOptions(within(dialog).getByLabelText('Reason'), 'adjusted');
    await userEvent.type(within(dialog).getByLabelText('Note (optional)'), 'Count of 23 Nov');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save adjustment' }));

    expect(await screen.findByText('Stock of 2 variants adjusted.')).toBeInTheDocument();
    const request = sent.find((entry) => entry.path === '/admin/inventory/adjustments');
    expect(request?.body).toEqual({
      reason: 'adjusted',
      note: 'Count of 23 Nov',
      items: [
        { variantId: 'var_1', delta: -2 },
        { variantId: 'var_2', setTo: 7 },
      ],
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows a 400 on an item on its row, changing nothing', async () => {
    fakeApi({
      'GET /admin/inventory': () => reply(200, inventoryPage([inventoryItem(), lowMug()])),
      'POST /admin/inventory/adjustments': () =>
        reply(400, validationProblem([{ path: 'items.1.delta', message: 'Only 2 in stock.' }])),
    });
    renderApp('/inventory', { signedIn: true });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select all variants shown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Adjust stock' }));
    const dialog = screen.getByRole('dialog', { name: 'Adjust stock of 2 variants' });
    const [shirtRow, mugRow] = within(dialog).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    await userEvent.type(within(shirtRow).getByLabelText('Units to add (− to remove)'), '5');
    await userEvent.type(within(mugRow).getByLabelText('Units to add (− to remove)'), '-3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save adjustment' }));

    expect(await within(mugRow).findByText('Only 2 in stock.')).toBeInTheDocument();
    expect(within(shirtRow).queryByText('Only 2 in stock.')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Nothing was changed. Check the highlighted rows.')).toBeInTheDocument();
  });

  it('shows a variant’s history and changes its low-stock threshold', async () => {
    const { sent } = fakeApi({
      'GET /admin/inventory': () => reply(200, inventoryPage([inventoryItem()])),
      'GET /admin/inventory/var_1/movements': () =>
        reply(200, {
          items: [
            stockMovement({
              id: 2,
              delta: -1,
              reason: 'sold',
              note: null,
              orderId: 'ord_1',
              actor: null,
              stockAfter: 12,
              createdAt: '2026-11-20T09:30:00.000Z',
            }),
            stockMovement(),
          ],
          nextCursor: null,
        }),
      'PATCH /admin/inventory/var_1': () => reply(200, inventoryItem({ lowStockThreshold: 3 })),
    });
    renderApp('/inventory', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'History of LS-M-SAND' }));
    const dialog = screen.getByRole('dialog', { name: 'Stock of Linen shirt · M / Sand' });
    const history = await within(dialog).findByRole('region', { name: 'Stock history' });
    const [sale, delivery] = within(history).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(sale).toHaveTextContent('−1');
    expect(sale).toHaveTextContent('Sold');
    expect(sale).toHaveTextContent('System');
    expect(within(sale).getByRole('link', { name: 'View order' })).toHaveAttribute('href', '/orders/ord_1');
    expect(delivery).toHaveTextContent('+20');
    expect(delivery).toHaveTextContent('Received');
    expect(delivery).toHaveTextContent('Delivery DN-551');
    expect(delivery).toHaveTextContent('Ada Lovelace');

    const threshold = within(dialog).getByLabelText('Low-stock alert at');
    expect(threshold).toHaveValue(5);
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save threshold' }));
    expect(await within(dialog).findByText('Threshold saved.')).toBeInTheDocument();
    expect(sent.find((entry) => entry.method === 'PATCH')?.body).toEqual({ lowStockThreshold: 3 });
  });

  it('is read-only without inventory:write', async () => {
    fakeApi({
      'GET /admin/inventory': () => reply(200, inventoryPage([inventoryItem()])),
      'GET /admin/inventory/var_1/movements': () => reply(200, { items: [], nextCursor: null }),
    });
    renderApp('/inventory', { signedIn: true, employee: catalogReader });
    await screen.findByRole('table', { name: 'Stock per variant' });
    expect(screen.queryByRole('checkbox', { name: /Select/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adjust stock' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'History of LS-M-SAND' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('No stock changes yet')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Low-stock alert at')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Low-stock alert at 5 units or fewer.')).toBeInTheDocument();
  });
});
