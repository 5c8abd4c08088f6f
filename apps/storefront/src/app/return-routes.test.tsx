import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Order, OrderReturn } from '../features/orders/api/order-types';
import { createFakeCommerce, sampleOrder } from '../test/fake-commerce';
import { renderApp, sampleCustomer, sampleSettings } from '../test/render-app';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A delivered order whose two units of "Robe lin" can still be returned until 12 March 2027. */
function deliveredOrder(number: number, overrides: Partial<Order> = {}): Order {
  const order = sampleOrder(number, {
    guestToken: 'tok_guest',
    status: 'completed',
    fulfillmentStatus: 'fulfilled',
    shipments: [
      {
        id: 'shp_1',
        carrier: 'Colissimo',
        trackingNumber: null,
        trackingUrl: null,
        status: 'delivered',
        items: [{ lineId: `oli_${number}`, quantity: 2 }],
        shippedAt: '2026-11-21T09:00:00.000Z',
        deliveredAt: '2026-11-23T09:00:00.000Z',
      },
    ],
    returnableUntil: '2027-03-12T12:00:00.000Z',
    ...overrides,
  });
  return {
    ...order,
    items: order.items.map((item) => ({
      ...item,
      returnableQuantity: overrides.items ? item.returnableQuantity : 2,
    })),
  };
}

function sampleReturn(status: OrderReturn['status'], overrides: Partial<OrderReturn> = {}): OrderReturn {
  return {
    id: `ret_${status}`,
    number: `R-${status}`,
    status,
    items: [
      { lineId: 'oli_1001', title: 'Robe lin — M / Sable', sku: 'RL-M-SABLE', quantity: 1, value: eur(5310) },
    ],
    reason: 'does_not_fit',
    comment: null,
    refusalReason: null,
    refundedAmount: null,
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    ...overrides,
  };
}

describe('requesting a return', () => {
  it('lets a signed-in customer return some units, then shows the return under review', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [deliveredOrder(1001)] });
    const { api } = renderApp('/account/orders/1001', { customer: sampleCustomer, commerce });
    const returns = await screen.findByRole('region', { name: 'Returns' });
    expect(returns).toHaveTextContent('Returns accepted until 12 March 2027');

    await user.click(within(returns).getByRole('button', { name: 'Request a return' }));
    const form = within(returns).getByRole('form', { name: 'Request a return' });
    // The only returnable line is chosen already, with all its units.
    expect(within(form).getByRole('checkbox', { name: 'Robe lin' })).toBeChecked();
    const quantity = within(form).getByRole('combobox', { name: 'Quantity of Robe lin to return' });
    expect(quantity).toHaveValue('2');
    expect(
      within(quantity)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['1', '2']);

    // Nothing is sent without a reason.
    await user.click(within(form).getByRole('button', { name: 'Send return request' }));
    const reason = within(form).getByRole('combobox', { name: 'Reason' });
    expect(reason).toHaveAccessibleDescription('Choose the reason for your return.');
    expect(reason).toHaveFocus();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.selectOptions(quantity, '1');
    await user.selectOptions(reason, 'The item arrived damaged');
    await user.type(within(form).getByRole('textbox', { name: 'Comment' }), 'A seam is torn.');
    await user.click(within(form).getByRole('button', { name: 'Send return request' }));

    expect(await within(returns).findByText('Return R-1001 requested')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([
      expect.objectContaining({
        url: expect.objectContaining({ pathname: '/store/me/orders/1001/returns' }),
        body: { items: [{ lineId: 'oli_1001', quantity: 1 }], reason: 'damaged', comment: 'A seam is torn.' },
      }),
    ]);
    expect(within(returns).queryByRole('form')).not.toBeInTheDocument();
    const entry = within(returns).getByRole('heading', { name: 'Return R-1001' }).closest('li');
    expect(entry).toHaveTextContent('Return R-1001Requested');
    expect(entry).toHaveTextContent('We are reviewing your request.');
    expect(entry).toHaveTextContent('1 × Robe lin — M / Sable€59.00');
    expect(entry).toHaveTextContent('Requested on 24 November 2026 · The item arrived damaged');
    expect(entry).toHaveTextContent('“A seam is torn.”');
    // One unit is left to return.
    expect(within(returns).getByRole('button', { name: 'Request a return' })).toBeInTheDocument();
  });

  it('sends a guest request with the order link token', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [deliveredOrder(1001)] });
    const { api } = renderApp('/orders/1001?token=tok_guest', { commerce });
    const returns = await screen.findByRole('region', { name: 'Returns' });
    await user.click(within(returns).getByRole('button', { name: 'Request a return' }));
    await user.selectOptions(within(returns).getByRole('combobox', { name: 'Reason' }), 'It does not fit');
    await user.click(within(returns).getByRole('button', { name: 'Send return request' }));
    expect(await within(returns).findByText('Return R-1001 requested')).toBeInTheDocument();
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.url.pathname).toBe('/store/orders/1001/returns');
    expect(post?.url.searchParams.get('token')).toBe('tok_guest');
    expect(post?.body).toEqual({ items: [{ lineId: 'oli_1001', quantity: 2 }], reason: 'does_not_fit' });
    // Both units are in the return: nothing is left to ask for.
    expect(within(returns).queryByRole('button', { name: 'Request a return' })).not.toBeInTheDocument();
  });

  it("shows the API's refusal on the line it is about", async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [deliveredOrder(1001)] });
    renderApp('/account/orders/1001', { customer: sampleCustomer, commerce });
    const returns = await screen.findByRole('region', { name: 'Returns' });
    // Meanwhile, one unit went into a return from another device.
    const stored = commerce.orders[0]?.items[0];
    if (stored) stored.returnableQuantity = 1;

    await user.click(within(returns).getByRole('button', { name: 'Request a return' }));
    await user.selectOptions(within(returns).getByRole('combobox', { name: 'Reason' }), 'I changed my mind');
    await user.click(within(returns).getByRole('button', { name: 'Send return request' }));

    const quantity = within(returns).getByRole('combobox', { name: 'Quantity of Robe lin to return' });
    expect(await within(returns).findByRole('alert')).toHaveTextContent(
      'Some of these items cannot be returned.',
    );
    expect(quantity).toHaveAccessibleDescription('At most 1 can be returned.');
    expect(quantity).toHaveFocus();
    // Changing the line hides its stale message.
    await user.selectOptions(quantity, '1');
    expect(quantity).not.toHaveAccessibleDescription('At most 1 can be returned.');
  });

  it('asks for at least one item when there are several to choose from', async () => {
    const user = userEvent.setup();
    const base = deliveredOrder(1001);
    const second = {
      ...base.items[0],
      id: 'oli_2',
      title: 'Chemise',
      variantTitle: 'L',
      returnableQuantity: 1,
    };
    const order = { ...base, items: [...base.items, second] } as Order;
    renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: [order] }),
    });
    const returns = await screen.findByRole('region', { name: 'Returns' });
    await user.click(within(returns).getByRole('button', { name: 'Request a return' }));
    expect(within(returns).getByRole('checkbox', { name: 'Robe lin' })).not.toBeChecked();
    await user.click(within(returns).getByRole('button', { name: 'Send return request' }));
    expect(within(returns).getByText('Choose at least one item to return.')).toBeInTheDocument();
    expect(within(returns).getByRole('checkbox', { name: 'Robe lin' })).toHaveFocus();
    // A single returnable unit has no quantity to choose.
    await user.click(within(returns).getByRole('checkbox', { name: 'Chemise' }));
    expect(within(returns).queryByRole('combobox', { name: /Quantity of Chemise/ })).not.toBeInTheDocument();
    expect(within(returns).queryByText('Choose at least one item to return.')).not.toBeInTheDocument();
  });

  it('offers no return when nothing can be returned, or when the store takes no returns', async () => {
    const nothingLeft = deliveredOrder(1001, {
      items: sampleOrder(1001).items.map((item) => ({ ...item, returnableQuantity: 0 })),
    });
    const first = renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: [nothingLeft] }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request a return' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Returns' })).not.toBeInTheDocument();
    first.unmount();

    renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      settings: { ...sampleSettings, returnWindowDays: 0 },
      commerce: createFakeCommerce({ myOrders: [deliveredOrder(1001)] }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request a return' })).not.toBeInTheDocument();
  });

  it('says when the return period is over', async () => {
    const closed = deliveredOrder(1001, {
      returnableUntil: '2026-10-01T12:00:00.000Z',
      items: sampleOrder(1001).items.map((item) => ({ ...item, returnableQuantity: 0 })),
    });
    renderApp('/orders/1001?token=tok_guest', { commerce: createFakeCommerce({ myOrders: [closed] }) });
    const returns = await screen.findByRole('region', { name: 'Returns' });
    expect(returns).toHaveTextContent('The return period ended on 1 October 2026.');
    expect(within(returns).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('the returns of an order', () => {
  it('says where each return stands', async () => {
    const order = deliveredOrder(1001, {
      items: sampleOrder(1001).items.map((item) => ({ ...item, returnableQuantity: 0 })),
      returns: [
        sampleReturn('requested'),
        sampleReturn('approved'),
        sampleReturn('refused', { refusalReason: 'The item was worn.' }),
        sampleReturn('received'),
        sampleReturn('refunded', { refundedAmount: eur(5310) }),
      ],
    });
    renderApp('/account/orders/1001', {
      customer: sampleCustomer,
      commerce: createFakeCommerce({ myOrders: [order] }),
    });
    const list = await screen.findByRole('list', { name: 'Your returns' });
    const entries = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.closest('li')?.textContent ?? '');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toContain('Return R-requestedRequestedWe are reviewing your request.');
    expect(entries[1]).toContain('ApprovedApproved — send the items back.');
    expect(entries[2]).toContain('RefusedRefused: The item was worn.');
    expect(entries[3]).toContain('ReceivedWe have received the items');
    expect(entries[4]).toContain('RefundedRefunded €53.10.');
    expect(entries[0]).toContain('1 × Robe lin — M / Sable€53.10');
    expect(entries[0]).toContain('It does not fit');
  });
});
