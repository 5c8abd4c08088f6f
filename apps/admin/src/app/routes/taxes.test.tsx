import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { taxRate, validationProblem } from '../../test/pricing-fixtures';
import { renderApp, sampleEmployee, sampleSettings } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

describe('taxes', () => {
  it('says when there are no rates yet, and shows the tax display', async () => {
    fakeApi({ 'GET /admin/tax-rates': () => reply(200, { items: [] }) });
    renderApp('/taxes', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No tax rates yet' })).toBeInTheDocument();
    expect(screen.getByLabelText('Prices in the catalog')).toHaveValue('inclusive');
    expect(screen.getByRole('link', { name: 'store settings' })).toHaveAttribute('href', '/settings');
  });

  it('lists rates as percentages', async () => {
    fakeApi({
      'GET /admin/tax-rates': () =>
        reply(200, {
          items: [
            taxRate(),
            taxRate({ id: 'txr_2', name: 'TVA 5,5 %', taxClass: 'reduced', rate: 550 }),
            taxRate({ id: 'txr_3', name: 'Corse', region: '2A', taxClass: 'standard', rate: 1000 }),
          ],
        }),
    });
    renderApp('/taxes', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Tax rates' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'TVA 5,5 %France FRWhole countryreduced5.5 %EditDelete',
      'TVA 20 %France FRWhole countrystandard20 %EditDelete',
      'CorseFrance FR2Astandard10 %EditDelete',
    ]);
  });

  it('creates a rate: percent to basis points, API errors on their fields', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/tax-rates': () => reply(200, { items: [] }),
      'POST /admin/tax-rates': (request) => {
        attempt += 1;
        if (attempt === 1) return reply(400, validationProblem([{ path: 'name', message: 'Enter a name.' }]));
        if (attempt === 2) {
          return reply(409, {
            status: 409,
            title: 'Conflict',
            code: 'tax_rate_exists',
            detail: 'France already has a rate for the class “reduced”.',
          });
        }
        return reply(201, taxRate({ id: 'txr_9', ...(request.body as object) }));
      },
    });
    renderApp('/taxes', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Add tax rate' }));
    const form = screen.getByRole('form', { name: 'New tax rate' });
    // The store's default country is chosen already.
    expect(within(form).getByLabelText(/^Country/)).toHaveValue('FR');
    await userEvent.type(within(form).getByLabelText(/^Rate/), '5.555');
    await userEvent.click(within(form).getByRole('button', { name: 'Create tax rate' }));
    expect(within(form).getByLabelText(/^Rate/)).toHaveAccessibleDescription(
      expect.stringContaining('Use at most 2 decimals.'),
    );
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(within(form).getByLabelText(/^Rate/));
    await userEvent.type(within(form).getByLabelText(/^Rate/), '5,5');
    const taxClass = within(form).getByLabelText(/^Tax class/);
    await userEvent.clear(taxClass);
    await userEvent.type(taxClass, 'reduced');
    await userEvent.click(within(form).getByRole('button', { name: 'Create tax rate' }));
    expect(await within(form).findByText('Enter a name.')).toHaveClass('ct-field__error');
    expect(within(form).getByLabelText(/^Name/)).toHaveFocus();

    await userEvent.type(within(form).getByLabelText(/^Name/), 'TVA 5,5 %');
    await userEvent.click(within(form).getByRole('button', { name: 'Create tax rate' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'France already has a rate for the class “reduced”.',
    );

    await userEvent.type(within(form).getByLabelText(/^Region/), '2A');
    await userEvent.click(within(form).getByRole('button', { name: 'Create tax rate' }));
    expect(await screen.findByText('Tax rate “TVA 5,5 %” created.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([
      { name: '', country: 'FR', region: null, taxClass: 'reduced', rate: 550 },
      { name: 'TVA 5,5 %', country: 'FR', region: null, taxClass: 'reduced', rate: 550 },
      { name: 'TVA 5,5 %', country: 'FR', region: '2A', taxClass: 'reduced', rate: 550 },
    ]);
  });

  it('edits and deletes a rate', async () => {
    const { sent } = fakeApi({
      'GET /admin/tax-rates': () => reply(200, { items: [taxRate({ region: '2A' })] }),
      'PATCH /admin/tax-rates/txr_1': (request) => reply(200, { ...taxRate(), ...(request.body as object) }),
      'DELETE /admin/tax-rates/txr_1': () => reply(204),
    });
    renderApp('/taxes', { signedIn: true });
    // Cancelling gives focus back to the button that opened the form.
    await userEvent.click(await screen.findByRole('button', { name: 'Edit TVA 20 %' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit TVA 20 %' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Edit TVA 20 %' }));
    const form = screen.getByRole('form', { name: 'Edit tax rate TVA 20 %' });
    expect(within(form).getByLabelText(/^Rate/)).toHaveValue('20');
    await userEvent.clear(within(form).getByLabelText(/^Rate/));
    await userEvent.type(within(form).getByLabelText(/^Rate/), '19.6');
    await userEvent.clear(within(form).getByLabelText(/^Region/));
    await userEvent.selectOptions(within(form).getByLabelText(/^Country/), 'MC');
    await userEvent.click(within(form).getByRole('button', { name: 'Save tax rate' }));
    expect(await screen.findByText('Tax rate “TVA 20 %” saved.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      name: 'TVA 20 %',
      country: 'MC',
      region: null,
      taxClass: 'standard',
      rate: 1960,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Delete TVA 20 %' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete the tax rate “TVA 20 %”?' })).getByRole('button', {
        name: 'Delete tax rate',
      }),
    );
    expect(await screen.findByText('Tax rate “TVA 20 %” deleted.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/tax-rates/txr_1',
    ]);
  });

  it('changes the tax display through the settings, with their version', async () => {
    const { sent } = fakeApi({
      'GET /admin/tax-rates': () => reply(200, { items: [] }),
      'PATCH /admin/settings': () => reply(200, { ...sampleSettings, taxDisplay: 'exclusive', version: 4 }),
      'GET /admin/settings': () => reply(200, { ...sampleSettings, taxDisplay: 'exclusive', version: 4 }),
      'GET /store/settings': () => reply(200, { ...sampleSettings, taxDisplay: 'exclusive' }),
    });
    renderApp('/taxes', { signedIn: true });
    const display = await screen.findByRole('form', { name: 'Tax display' });
    expect(within(display).getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.selectOptions(within(display).getByLabelText('Prices in the catalog'), 'exclusive');
    await userEvent.click(within(display).getByRole('button', { name: 'Save' }));
    expect(await within(display).findByText('Tax display saved.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      taxDisplay: 'exclusive',
      version: 3,
    });
  });

  it('shows rates and the tax display read-only without settings:write', async () => {
    fakeApi({ 'GET /admin/tax-rates': () => reply(200, { items: [taxRate()] }) });
    renderApp('/taxes', {
      signedIn: true,
      employee: {
        ...sampleEmployee,
        permissions: sampleEmployee.permissions.filter((permission) => permission !== 'settings:write'),
      },
    });
    expect(await screen.findByRole('table', { name: 'Tax rates' })).toBeInTheDocument();
    expect(screen.getByText(/Prices include tax: you enter/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add|Edit|Delete|Save/ })).not.toBeInTheDocument();
  });
});
