import type { components } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { paidOrder } from '../../test/order-fixtures';
import { renderApp, sampleEmployee } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

type Refund = components['schemas']['AdminOrder']['refunds'][number];

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** One of the two shirts was refunded already (and put back in stock). */
const firstRefund: Refund = {
  id: 'ref_1',
  amount: eur(4491),
  reason: 'Arrived torn',
  restocked: false,
  createdAt: '2026-11-22T08:00:00.000Z',
  items: [{ lineId: 'oli_1', quantity: 1 }],
};

/** Order #1001, paid 119.72, one shirt refunded: 75.81 left to refund. */
const refundableOrder = (refunds: Refund[] = [firstRefund], refundable = 11972 - 4491) =>
  paidOrder({
    paymentStatus: refunds.length > 0 ? 'partially_refunded' : 'paid',
    allowedActions: ['ship', 'refund', 'cancel'],
    refunds,
    refundable: eur(refundable),
  });

const tooLarge = (errors: { path: string; message: string }[]) => ({
  type: 'about:blank',
  title: 'Refund too large',
  status: 422,
  code: 'refund_too_large',
  detail: errors[0]?.message,
  errors,
});

describe('order refunds', () => {
  it('refunds chosen lines (up to what is not refunded yet), with the API error on the line', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, refundableOrder()),
      'POST /admin/orders/ord_1/refunds': () => {
        attempt += 1;
        if (attempt === 1)
          return reply(422, tooLarge([{ path: 'items.1.quantity', message: 'Already refunded.' }]));
        return reply(
          200,
          refundableOrder(
            [
              firstRefund,
              {
                id: 'ref_2',
                amount: eur(6991),
                reason: 'Returned in store',
                restocked: true,
                createdAt: '2026-11-23T08:00:00.000Z',
                items: [
                  { lineId: 'oli_1', quantity: 1 },
                  { lineId: 'oli_2', quantity: 1 },
                ],
              },
            ],
            590,
          ),
        );
      },
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const refunds = await screen.findByRole('region', { name: 'Refunds' });
    expect(refunds).toHaveTextContent('44.91 EUR refunded · 74.81 EUR left to refund');
    expect(refunds).toHaveTextContent('Arrived torn');
    expect(refunds).toHaveTextContent('1 × Linen shirt · M / Sand');

    await userEvent.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund order #1001' });
    expect(dialog).toHaveTextContent('At most 74.81 EUR can be refunded');
    expect(within(dialog).getByRole('radio', { name: 'Items' })).toBeChecked();
    const shirt = within(dialog).getByRole('spinbutton', { name: /Linen shirt/ });
    const mug = within(dialog).getByRole('spinbutton', { name: /Stoneware mug/ });
    expect(shirt).toHaveAccessibleDescription(/1 of 2 left to refund/);
    expect(shirt).toHaveAttribute('max', '1');
    expect(within(dialog).getByLabelText('Put items back in stock')).not.toBeChecked();

    // Nothing chosen and no reason: said on the form and the reason, nothing sent.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(within(dialog).getByText('Give the reason for the refund.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Reason/)).toHaveFocus();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one item to refund');

    // More than is left on a line.
    await userEvent.clear(shirt);
    await userEvent.type(shirt, '2');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Returned in store');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(shirt).toHaveAccessibleDescription(/Only 1 left to refund\./);
    expect(shirt).toHaveFocus();
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(shirt);
    await userEvent.type(shirt, '1');
    await userEvent.clear(mug);
    await userEvent.type(mug, '1');
    expect(within(dialog).getByText(/Value of the chosen items: 69\.91 EUR/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('Put items back in stock'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    // The API's error on the second line sent lands on the mug.
    expect(await within(dialog).findByText('Already refunded.')).toBeInTheDocument();
    expect(mug).toHaveAccessibleDescription(/Already refunded\./);
    expect(mug).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('69.91 EUR of order #1001 refunded.')).toBeInTheDocument();
    expect(screen.getByText('The items are back in stock.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Refunds' })).toHaveTextContent('Returned in store');

    const requests = sent.filter((request) => request.path === '/admin/orders/ord_1/refunds');
    expect(requests.map((request) => request.body)).toEqual([
      {
        reason: 'Returned in store',
        items: [
          { lineId: 'oli_1', quantity: 1 },
          { lineId: 'oli_2', quantity: 1 },
        ],
        restock: true,
      },
      {
        reason: 'Returned in store',
        items: [
          { lineId: 'oli_1', quantity: 1 },
          { lineId: 'oli_2', quantity: 1 },
        ],
        restock: true,
      },
    ]);
    expect(requests[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]?.idempotencyKey).not.toBe(requests[1]?.idempotencyKey);
  });

  it('refunds an amount, with the maximum checked here and the API error on the amount', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, refundableOrder([], 11972)),
      'POST /admin/orders/ord_1/refunds': () => {
        attempt += 1;
        if (attempt === 1) return reply(422, tooLarge([{ path: 'amount', message: 'At most 30.00 EUR.' }]));
        return reply(
          200,
          refundableOrder(
            [
              {
                id: 'ref_9',
                amount: eur(2550),
                reason: 'Late delivery',
                restocked: false,
                createdAt: '2026-11-23T08:00:00.000Z',
                items: [],
              },
            ],
            11972 - 2550,
          ),
        );
      },
    });
    renderApp('/orders/ord_1', { signedIn: true });
    expect(screen.queryByRole('region', { name: 'Refunds' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund order #1001' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'An amount only' }));
    expect(within(dialog).queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Put items back in stock')).not.toBeInTheDocument();
    const amount = within(dialog).getByLabelText(/Amount to refund \(EUR\)/);
    expect(amount).toHaveAccessibleDescription(/At most 119\.72 EUR\./);
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Late delivery');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(within(dialog).getByText('Enter the amount to refund.')).toBeInTheDocument();
    await userEvent.type(amount, '200');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(amount).toHaveAccessibleDescription(/More than can be refunded: at most 119\.72 EUR\./);
    await userEvent.clear(amount);
    await userEvent.type(amount, '12,345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(within(dialog).getByText('Use at most 2 decimals.')).toBeInTheDocument();
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(amount);
    await userEvent.type(amount, '45');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await within(dialog).findByText('At most 30.00 EUR.')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveFocus();

    await userEvent.clear(amount);
    await userEvent.type(amount, '25,5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('25.50 EUR of order #1001 refunded.')).toBeInTheDocument();
    const refunds = screen.getByRole('region', { name: 'Refunds' });
    expect(refunds).toHaveTextContent('Late delivery');
    expect(refunds).toHaveTextContent('An amount, without items.');
    const bodies = sent.filter((request) => request.method === 'POST').map((request) => request.body);
    expect(bodies).toEqual([
      { reason: 'Late delivery', amount: 4500, restock: false },
      { reason: 'Late delivery', amount: 2550, restock: false },
    ]);
  });

  it('offers "Refund" only to employees with orders:refund, and only when the order allows it', async () => {
    fakeApi({ 'GET /admin/orders/ord_1': () => reply(200, refundableOrder()) });
    const writer = renderApp('/orders/ord_1', {
      signedIn: true,
      employee: { ...sampleEmployee, permissions: ['orders:read', 'orders:write'] },
    });
    expect(await screen.findByRole('button', { name: 'Ship items' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refund' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Refunds' })).toHaveTextContent('Arrived torn');
    writer.unmount();

    // Refunds without orders:write: only the refund button.
    renderApp('/orders/ord_1', {
      signedIn: true,
      employee: { ...sampleEmployee, permissions: ['orders:read', 'orders:refund'] },
    });
    expect(await screen.findByRole('button', { name: 'Refund' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ship items' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });
});
