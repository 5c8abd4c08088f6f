import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const customer = (n: number, status: 'active' | 'disabled' = 'active') => ({
  id: `cus_${n}`,
  email: `customer${n}@example.com`,
  firstName: 'Customer',
  lastName: String(n),
  status,
  createdAt: '2025-02-01T10:00:00.000Z',
});

const detail = {
  ...customer(1),
  phone: '+33 1 23 45 67 89',
  addresses: [
    {
      id: 'adr_1',
      firstName: 'Customer',
      lastName: '1',
      company: null,
      line1: '12 rue de la Paix',
      line2: null,
      city: 'Paris',
      postalCode: '75002',
      region: null,
      country: 'FR',
      phone: null,
      isDefaultShipping: true,
      isDefaultBilling: false,
    },
  ],
};

describe('customers', () => {
  it('searches once typing pauses, filters by status and loads more pages', async () => {
    const { sent } = fakeApi({
      'GET /admin/customers': (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('cursor') === 'page-2')
          return reply(200, { items: [customer(3)], total: 3, nextCursor: null });
        if (query.get('q') === 'ada') return reply(200, { items: [], total: 0, nextCursor: null });
        return reply(200, { items: [customer(1), customer(2)], total: 3, nextCursor: 'page-2' });
      },
    });
    const { router } = renderApp('/customers', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('link', { name: 'Customer 1' })).toHaveAttribute(
      'href',
      '/customers/cus_1',
    );
    expect(screen.getByText('Showing 2 of 3 customers')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Customer 3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search customers'), 'ada');
    expect(
      await screen.findByRole('heading', { name: 'No customers match these filters' }),
    ).toBeInTheDocument();
    // One request for the whole word, not one per key.
    expect(sent.filter((request) => request.search.includes('q=')).map((request) => request.search)).toEqual([
      '?limit=25&q=ada',
    ]);
    expect(router.state.location.search).toBe('?q=ada');

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'disabled');
    expect(router.state.location.search).toBe('?status=disabled');
    expect(sent.at(-1)?.search).toBe('?limit=25&status=disabled');
  });

  it('shows the error state with a retry', async () => {
    fakeApi({ 'GET /admin/customers': () => reply(403, { code: 'forbidden', status: 403 }) });
    renderApp('/customers', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Customers could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('leads to the account security page when the store requires two-factor authentication', async () => {
    fakeApi({
      'GET /admin/customers': () =>
        reply(403, { code: 'two_factor_required', status: 403, title: 'Two-factor authentication required' }),
    });
    renderApp('/customers', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByText(/This store requires two-factor authentication/)).toBeInTheDocument();
    expect(screen.getByText('Turn on two-factor authentication')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up two-factor authentication' })).toHaveAttribute(
      'href',
      '/account/security',
    );
  });

  it('shows the profile and addresses, and disables the account', async () => {
    const { sent } = fakeApi({
      'GET /admin/customers/cus_1': () => reply(200, detail),
      'PATCH /admin/customers/cus_1': () => reply(200, { ...detail, status: 'disabled' }),
    });
    renderApp('/customers/cus_1', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer 1' })).toBeInTheDocument();
    const addresses = screen.getByRole('region', { name: 'Addresses' });
    expect(within(addresses).getByText('12 rue de la Paix')).toBeInTheDocument();
    expect(within(addresses).getByText('Default shipping')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Disable account' }));
    expect(await screen.findByRole('button', { name: 'Enable account' })).toBeInTheDocument();
    expect(sent.at(-1)).toMatchObject({ method: 'PATCH', body: { status: 'disabled' } });
  });

  it('offers no status button without customers:write', async () => {
    fakeApi({ 'GET /admin/customers/cus_1': () => reply(200, detail) });
    renderApp('/customers/cus_1', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['customers:read'] },
    });
    expect(await screen.findByText('12 rue de la Paix')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable account' })).not.toBeInTheDocument();
  });
});
