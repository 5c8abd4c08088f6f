import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyKeys } from '../../features/api-keys/api/api-key-keys';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const permissions = {
  items: [
    { key: 'catalog:read', description: 'See products, categories and prices.' },
    { key: 'orders:read', description: 'See orders and their documents.' },
  ],
};
const apiKey = {
  id: 'key_1',
  name: 'Accounting export',
  prefix: 'ck_3f9a',
  permissions: ['orders:read'],
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdAt: '2025-03-01T10:00:00.000Z',
};
const secret = 'ck_3f9a_very-secret-value';

describe('creating an API key', () => {
  it('shows the secret once, with the warning, and never again', async () => {
    const { sent } = fakeApi({
      'GET /admin/permissions': () => reply(200, permissions),
      'POST /admin/api-keys': () => reply(201, { apiKey, secret }),
      'GET /admin/api-keys': () => reply(200, { items: [apiKey] }),
    });
    const { router, queryClient } = renderApp('/api-keys/new', { signedIn: true });
    await userEvent.type(await screen.findByLabelText('Name'), 'Accounting export');
    await userEvent.click(screen.getByLabelText(/orders:read/));
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));

    expect(await screen.findByLabelText('Secret key')).toHaveValue(secret);
    expect(screen.getByText('Copy this key now: it will not be shown again.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Accounting export',
      permissions: ['orders:read'],
    });
    // The secret is not kept with the list data.
    expect(JSON.stringify(queryClient.getQueryData(apiKeyKeys.list()) ?? null)).not.toContain(secret);

    await userEvent.click(screen.getByRole('button', { name: 'I have copied the key' }));
    const row = (await screen.findByText('Accounting export')).closest('tr');
    expect(router.state.location.pathname).toBe('/api-keys');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('ck_3f9a…')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);

    // Coming back to the creation page starts a new key: the old secret is gone for good.
    await router.navigate('/api-keys/new');
    expect(await screen.findByRole('button', { name: 'Create API key' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Secret key')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
  });

  it('asks for a name and at least one permission before sending', async () => {
    const { sent } = fakeApi({ 'GET /admin/permissions': () => reply(200, permissions) });
    renderApp('/api-keys/new', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Create API key' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a name.'),
    );
    expect(screen.getByText('Choose at least one permission.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('revokes a key only after confirmation', async () => {
    const { sent } = fakeApi({
      'GET /admin/api-keys': () => reply(200, { items: [apiKey] }),
      'DELETE /admin/api-keys/key_1': () => reply(204),
    });
    renderApp('/api-keys', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Accounting export' }));
    expect(screen.getByText('Revoke “Accounting export”?')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText('“Accounting export” was revoked.')).toBeInTheDocument();
    expect(sent.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });
});
