import type { Employee } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { adminOrder, invalidTransition, paidOrder, shipment } from '../../test/order-fixtures';
import { validationProblem } from '../../test/pricing-fixtures';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const orderReader: Employee = { ...customerServiceEmployee, permissions: ['orders:read', 'customers:read'] };

describe('order shipments', () => {
  it('ships what is left by default, sending only lines above 0 with an idempotency key', async () => {
    // One of the two shirts has already left: 1 shirt and 1 mug are left.
    const order = paidOrder({ fulfillmentStatus: 'partially_fulfilled', shipments: [shipment()] });
    const shipped = paidOrder({
      fulfillmentStatus: 'partially_fulfilled',
      shipments: [
        shipment(),
        shipment({
          id: 'shp_2',
          carrier: 'DHL',
          trackingNumber: null,
          trackingUrl: null,
          items: [{ lineId: 'oli_1', quantity: 1 }],
        }),
      ],
    });
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, order),
      'POST /admin/orders/ord_1/shipments': () => reply(200, shipped),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Ship items' }));
    const dialog = screen.getByRole('dialog', { name: 'Ship items of order #1001' });
    const shirt = within(dialog).getByRole('spinbutton', { name: /Linen shirt/ });
    const mug = within(dialog).getByRole('spinbutton', { name: /Stoneware mug/ });
    expect(shirt).toHaveValue(1);
    expect(mug).toHaveValue(1);
    expect(within(dialog).getByLabelText('Email the customer')).toBeChecked();

    // The carrier is required.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ship items' }));
    expect(within(dialog).getByText('Give the carrier, e.g. Colissimo.')).toBeInTheDocument();
    expect(sent.some((entry) => entry.method === 'POST')).toBe(false);

    await userEvent.clear(mug);
    await userEvent.type(mug, '0');
    await userEvent.type(within(dialog).getByLabelText('Carrier'), 'DHL');
    await userEvent.click(within(dialog).getByLabelText('Email the customer'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ship items' }));

    expect(await screen.findByText('1 item of order #1001 shipped.')).toBeInTheDocument();
    const request = sent.find((entry) => entry.path === '/admin/orders/ord_1/shipments');
    expect(request?.body).toEqual({
      carrier: 'DHL',
      items: [{ lineId: 'oli_1', quantity: 1 }],
      notifyCustomer: false,
    });
    expect(request?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    const card = screen.getByRole('region', { name: 'Shipments' });
    expect(within(card).getByText('Parcel 2 · DHL')).toBeInTheDocument();
  });

  it('shows the API field errors on the quantity and tracking fields', async () => {
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, paidOrder()),
      'POST /admin/orders/ord_1/shipments': () =>
        reply(
          400,
          validationProblem([
            { path: 'items.1.quantity', message: 'Only 0 left to ship.' },
            { path: 'trackingUrl', message: 'Use an https address.' },
          ]),
        ),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Ship items' }));
    const dialog = screen.getByRole('dialog', { name: 'Ship items of order #1001' });
    expect(within(dialog).getByRole('spinbutton', { name: /Linen shirt/ })).toHaveValue(2);
    await userEvent.type(within(dialog).getByLabelText('Carrier'), 'Colissimo');
    await userEvent.type(within(dialog).getByLabelText('Tracking number (optional)'), '6A1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ship items' }));

    // The second line sent is the mug.
    expect(await within(dialog).findByText('Only 0 left to ship.')).toBeInTheDocument();
    expect(within(dialog).getByRole('spinbutton', { name: /Stoneware mug/ })).toHaveAccessibleDescription(
      /Only 0 left to ship\./,
    );
    expect(within(dialog).getByText('Use an https address.')).toBeInTheDocument();
    expect(sent.find((entry) => entry.path === '/admin/orders/ord_1/shipments')?.body).toMatchObject({
      carrier: 'Colissimo',
      trackingNumber: '6A1',
      items: [
        { lineId: 'oli_1', quantity: 2 },
        { lineId: 'oli_2', quantity: 1 },
      ],
      notifyCustomer: true,
    });
  });

  it('lists the parcels and marks one delivered', async () => {
    const order = paidOrder({ fulfillmentStatus: 'partially_fulfilled', shipments: [shipment()] });
    const delivered = paidOrder({
      fulfillmentStatus: 'partially_fulfilled',
      shipments: [shipment({ status: 'delivered', deliveredAt: '2026-11-22T15:00:00.000Z' })],
    });
    const { sent } = fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, order),
      'POST /admin/orders/ord_1/shipments/shp_1/deliver': () => reply(200, delivered),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Shipments' });
    expect(within(card).getByRole('link', { name: /6A12345678901/ })).toHaveAttribute(
      'href',
      'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
    );
    expect(within(card).getByText('On its way')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Items in parcel 1' })).toHaveTextContent(
      '1 × Linen shirt · M / Sand',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Mark parcel 1 delivered' }));
    expect(await within(card).findByText('Delivered', { selector: '.ct-badge, span' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Mark parcel 1 delivered' })).not.toBeInTheDocument();
    const request = sent.find((entry) => entry.path === '/admin/orders/ord_1/shipments/shp_1/deliver');
    expect(request?.method).toBe('POST');
    expect(request?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says why a parcel could not be marked delivered', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, paidOrder({ shipments: [shipment()] })),
      'POST /admin/orders/ord_1/shipments/shp_1/deliver': () =>
        reply(409, invalidTransition('This parcel is already delivered.')),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Shipments' });
    await userEvent.click(within(card).getByRole('button', { name: 'Mark parcel 1 delivered' }));
    expect(await within(card).findByText('The parcel was not marked as delivered')).toBeInTheDocument();
    expect(within(card).getByText('This parcel is already delivered.')).toBeInTheDocument();
  });

  it('offers no "Ship items" when the order cannot ship, nor "Mark delivered" without orders:write', async () => {
    fakeApi({ 'GET /admin/orders/ord_1': () => reply(200, adminOrder({ shipments: [shipment()] })) });
    renderApp('/orders/ord_1', { signedIn: true });
    expect(await screen.findByRole('button', { name: 'Mark as paid' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ship items' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark parcel 1 delivered' })).toBeInTheDocument();
  });

  it('is read-only for employees without orders:write', async () => {
    fakeApi({ 'GET /admin/orders/ord_1': () => reply(200, paidOrder({ shipments: [shipment()] })) });
    renderApp('/orders/ord_1', { signedIn: true, employee: orderReader });
    const card = await screen.findByRole('region', { name: 'Shipments' });
    expect(within(card).getByText('Parcel 1 · Colissimo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ship items' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark parcel/ })).not.toBeInTheDocument();
  });
});
