import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { europeZone, shippingMethod, shippingZone, validationProblem } from '../../test/pricing-fixtures';
import { renderApp, sampleEmployee } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const readOnlyEmployee = {
  ...sampleEmployee,
  permissions: sampleEmployee.permissions.filter((permission) => permission !== 'settings:write'),
};

describe('shipping', () => {
  it('says when there are no zones yet', async () => {
    fakeApi({ 'GET /admin/shipping-zones': () => reply(200, { items: [] }) });
    renderApp('/shipping', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No shipping zones yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add shipping zone' })).toBeInTheDocument();
    expect(document.title).toBe('Shipping · Maison Lumière · Back office');
  });

  it('lists zones with their countries and methods', async () => {
    fakeApi({ 'GET /admin/shipping-zones': () => reply(200, { items: [shippingZone(), europeZone] }) });
    renderApp('/shipping', { signedIn: true });
    const europe = await screen.findByRole('region', { name: 'Europe' });
    expect(europe).toHaveTextContent('Belgium, Germany');
    const rows = within(europe).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Parcel by weight');
    expect(rows[1]).toHaveTextContent('up to 1,000 g: 9.00 EUR');
    expect(rows[1]).toHaveTextContent('up to 5,000 g: 15.00 EUR');
    expect(rows[1]).toHaveTextContent('Inactive');
    const france = screen.getByRole('region', { name: 'France' });
    expect(within(france).getAllByRole('row')[1]).toHaveTextContent(
      'Colissimo2–3 business days4.90 EUR60.00 EURActive',
    );
  });

  it('creates a zone, showing the API errors on their fields (a country in another zone included)', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/shipping-zones': () => reply(200, { items: [europeZone] }),
      'POST /admin/shipping-zones': () => {
        attempt += 1;
        if (attempt === 1) {
          return reply(400, validationProblem([{ path: 'name', message: 'Enter a name.' }]));
        }
        if (attempt === 2) {
          return reply(409, {
            status: 409,
            title: 'Conflict',
            code: 'country_in_other_zone',
            detail: 'Belgium is already in the zone “Europe”.',
            errors: [{ path: 'countries', message: 'Belgium is already in the zone “Europe”.' }],
          });
        }
        return reply(201, shippingZone({ id: 'shz_9', name: 'Domestic', countries: ['FR'], methods: [] }));
      },
    });
    renderApp('/shipping', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Add shipping zone' }));
    const form = screen.getByRole('form', { name: 'New shipping zone' });
    const countries = within(form).getByRole('group', { name: 'Countries' });
    // The picker says which zone already has a country.
    await userEvent.type(within(countries).getByLabelText('Search countries'), 'belg');
    expect(
      within(countries).getByRole('checkbox', { name: /Belgium BE · in zone “Europe”/ }),
    ).toBeInTheDocument();
    await userEvent.click(within(countries).getByRole('checkbox', { name: /Belgium/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create zone' }));

    expect(await within(form).findByText('Enter a name.')).toHaveClass('ct-field__error');
    expect(within(form).getByLabelText(/^Zone name/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText(/^Zone name/)).toHaveFocus();

    await userEvent.type(within(form).getByLabelText(/^Zone name/), 'Domestic');
    await userEvent.click(within(form).getByRole('button', { name: 'Create zone' }));
    expect(await within(countries).findByText('Belgium is already in the zone “Europe”.')).toHaveClass(
      'ct-field__error',
    );
    expect(within(countries).getByLabelText('Search countries')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(countries).getByRole('button', { name: 'Remove Belgium' }));
    await userEvent.clear(within(countries).getByLabelText('Search countries'));
    await userEvent.type(within(countries).getByLabelText('Search countries'), 'France');
    await userEvent.click(within(countries).getByRole('checkbox', { name: /France/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create zone' }));
    expect(await screen.findByText('Shipping zone “Domestic” created.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([
      { name: '', countries: ['BE'] },
      { name: 'Domestic', countries: ['BE'] },
      { name: 'Domestic', countries: ['FR'] },
    ]);
  });

  it('edits and deletes a zone after confirmation', async () => {
    const { sent } = fakeApi({
      'GET /admin/shipping-zones': () => reply(200, { items: [shippingZone(), europeZone] }),
      'PATCH /admin/shipping-zones/shz_2': (request) =>
        reply(200, { ...europeZone, ...(request.body as object) }),
      'DELETE /admin/shipping-zones/shz_2': () => reply(204),
    });
    renderApp('/shipping', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit zone Europe' }));
    const form = screen.getByRole('form', { name: 'Edit zone Europe' });
    const name = within(form).getByLabelText(/^Zone name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'EU');
    await userEvent.click(within(form).getByRole('button', { name: 'Remove Germany' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save zone' }));
    expect(await screen.findByText('Shipping zone “EU” saved.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      name: 'EU',
      countries: ['BE'],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Delete zone Europe' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the zone “Europe”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Delete zone Europe' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete the zone “Europe”?' })).getByRole('button', {
        name: 'Delete zone',
      }),
    );
    expect(await screen.findByText('Shipping zone “Europe” deleted.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/shipping-zones/shz_2',
    ]);
  });

  it('adds a flat method with the amounts in minor units', async () => {
    const { sent } = fakeApi({
      'GET /admin/shipping-zones': () => reply(200, { items: [shippingZone({ methods: [] })] }),
      'POST /admin/shipping-zones/shz_1/methods': (request) =>
        reply(201, shippingMethod({ id: 'shm_9', ...(request.body as object) })),
    });
    renderApp('/shipping', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a shipping method to France' }));
    const form = screen.getByRole('form', { name: 'New shipping method for France' });
    await userEvent.type(within(form).getByLabelText(/^Method name/), 'Express');
    await userEvent.type(within(form).getByLabelText(/^Flat price/), '12.345');
    await userEvent.click(within(form).getByRole('button', { name: 'Add method' }));
    // Refused in the browser: nothing is sent.
    expect(within(form).getByLabelText(/^Flat price/)).toHaveAccessibleDescription('Use at most 2 decimals.');
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(within(form).getByLabelText(/^Flat price/));
    await userEvent.type(within(form).getByLabelText(/^Flat price/), '4,9');
    await userEvent.type(within(form).getByLabelText(/^Free over/), '50');
    await userEvent.type(within(form).getByLabelText('Delivery estimate'), 'Next day');
    await userEvent.click(within(form).getByRole('button', { name: 'Add method' }));
    expect(await screen.findByText('Shipping method “Express” added to France.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Express',
      kind: 'flat',
      price: 490,
      weightBands: [],
      freeOver: 5000,
      estimate: 'Next day',
      active: true,
    });
  });

  it('edits weight bands: ascending check, rows added and removed, API errors on their band', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/shipping-zones': () => reply(200, { items: [europeZone] }),
      'PATCH /admin/shipping-methods/shm_2': (request) => {
        attempt += 1;
        if (attempt === 1) {
          return reply(
            400,
            validationProblem([{ path: 'weightBands.2.price', message: 'Must be at most 1000.00.' }]),
          );
        }
        return reply(200, { ...europeZone.methods[0], ...(request.body as object) });
      },
    });
    renderApp('/shipping', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit method Parcel by weight' }));
    const form = screen.getByRole('form', { name: 'Edit method Parcel by weight' });
    expect(within(form).getByLabelText('Band 1: up to (grams)')).toHaveValue('1000');
    expect(within(form).getByLabelText('Band 2: price (EUR)')).toHaveValue('15.00');

    await userEvent.click(within(form).getByRole('button', { name: 'Add band' }));
    await userEvent.type(within(form).getByLabelText('Band 3: up to (grams)'), '3000');
    await userEvent.type(within(form).getByLabelText('Band 3: price (EUR)'), '2000');
    await userEvent.click(within(form).getByRole('button', { name: 'Save method' }));
    expect(within(form).getByLabelText('Band 3: up to (grams)')).toHaveAccessibleDescription(
      expect.stringContaining('Must be more than the band above (5000 g)'),
    );
    expect(sent.some((request) => request.method === 'PATCH')).toBe(false);

    await userEvent.clear(within(form).getByLabelText('Band 3: up to (grams)'));
    await userEvent.type(within(form).getByLabelText('Band 3: up to (grams)'), '10000');
    await userEvent.click(within(form).getByRole('button', { name: 'Save method' }));
    expect(await within(form).findByText('Must be at most 1000.00.')).toHaveClass('ct-field__error');
    expect(within(form).getByLabelText('Band 3: price (EUR)')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(form).getByRole('button', { name: 'Remove band 3' }));
    await userEvent.click(within(form).getByLabelText('Offered to customers'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save method' }));
    expect(await screen.findByText('Shipping method “Parcel by weight” saved.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'PATCH').at(-1)?.body).toEqual({
      name: 'Parcel by weight',
      kind: 'weight',
      price: 0,
      weightBands: [
        { upToGrams: 1000, price: 900 },
        { upToGrams: 5000, price: 1500 },
      ],
      freeOver: null,
      estimate: null,
      active: true,
    });
  });

  it('deletes a method after confirmation', async () => {
    const { sent } = fakeApi({
      'GET /admin/shipping-zones': () => reply(200, { items: [shippingZone()] }),
      'DELETE /admin/shipping-methods/shm_1': () => reply(204),
    });
    renderApp('/shipping', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete method Colissimo' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete the method “Colissimo”?' })).getByRole('button', {
        name: 'Delete method',
      }),
    );
    expect(await screen.findByText('Shipping method “Colissimo” deleted.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/shipping-methods/shm_1',
    ]);
  });

  it('shows the zones read-only without settings:write', async () => {
    fakeApi({ 'GET /admin/shipping-zones': () => reply(200, { items: [shippingZone()] }) });
    renderApp('/shipping', { signedIn: true, employee: readOnlyEmployee });
    expect(await screen.findByRole('region', { name: 'France' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add|Edit|Delete/ })).not.toBeInTheDocument();
  });

  it('offers a retry when the zones cannot be loaded', async () => {
    fakeApi({
      'GET /admin/shipping-zones': () =>
        reply(500, { status: 500, title: 'Internal error', code: 'internal_error' }),
    });
    renderApp('/shipping', { signedIn: true });
    expect(
      await screen.findByRole('heading', { name: 'Shipping zones could not be loaded' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Try again|Retry/ })).toBeInTheDocument();
  });
});
