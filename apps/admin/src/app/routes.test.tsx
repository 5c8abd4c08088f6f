import { ApiError } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../lib/access-token';
import { fakeApi, reply } from '../test/fake-api';
import { customerServiceEmployee, renderApp } from '../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

function navLinkNames() {
  const nav = screen.getByRole('navigation', { name: 'Back office' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('back-office routes', () => {
  it('sends signed-out visitors of a protected page to the login page', async () => {
    const { router } = renderApp('/settings', { signedIn: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
  });

  it('shows the dashboard with the store and the employee in the top bar', async () => {
    renderApp('/', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const topBar = screen.getByRole('banner');
    expect(topBar).toHaveTextContent('Maison Lumière');
    expect(topBar).toHaveTextContent('Ada Lovelace');
    expect(topBar).toHaveTextContent('Owner');
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(document.title).toBe('Dashboard · Maison Lumière · Back office');
  });

  it('shows an owner every section', async () => {
    renderApp('/', { signedIn: true });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(navLinkNames()).toEqual([
      'Dashboard',
      'Statistics',
      'Products',
      'Categories',
      'Inventory',
      'Orders',
      'Returns',
      'Promotions',
      'Shipping',
      'Taxes',
      'Customers',
      'Messages',
      'Employees',
      'Roles',
      'API keys',
      'Webhooks',
      'Audit log',
      'Settings',
    ]);
  });

  it('hides the sections a customer-service employee may not use', async () => {
    renderApp('/', { signedIn: true, employee: customerServiceEmployee });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(navLinkNames()).toEqual([
      'Dashboard',
      'Products',
      'Categories',
      'Inventory',
      'Orders',
      'Returns',
      'Customers',
      'Messages',
    ]);
    // The dashboard does not offer a shortcut to a page the employee cannot open either.
    expect(screen.queryByRole('link', { name: 'Review store settings' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a customer' })).toHaveAttribute('href', '/customers');
  });

  it.each([
    '/settings',
    '/employees',
    '/employees/new',
    '/roles',
    '/api-keys/new',
    '/webhooks',
    '/webhooks/whk_1',
    '/audit-log',
    '/products/new',
    '/shipping',
    '/taxes',
    '/promotions',
    '/promotions/new',
    '/statistics',
    '/statistics/customers',
  ])('shows the no-access page, inside the layout, at %s without the permission', async (path) => {
    const { sent } = fakeApi({});
    renderApp(path, { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Back office' })).toBeInTheDocument();
    // The page's data is not even asked for.
    expect(sent.filter((request) => request.path.startsWith('/admin/'))).toEqual([]);
  });

  it('shows the settings form filled with the loaded settings', async () => {
    renderApp('/settings', { signedIn: true });
    expect(await screen.findByLabelText('Store name')).toHaveValue('Maison Lumière');
    expect(screen.getByLabelText('Legal name')).toHaveValue('Maison Lumière SAS');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });

  it('signs out from the account menu: the server ends the session, then the login page', async () => {
    const { sent } = fakeApi({ 'POST /admin/auth/logout': () => reply(204) });
    const { router } = renderApp('/settings', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: /account menu/ }));
    expect(screen.getByRole('link', { name: 'Account security' })).toHaveAttribute(
      'href',
      '/account/security',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    // Signing out on purpose: the next sign-in starts on the dashboard, not on this employee's last page.
    expect(router.state.location.state).toBeNull();
    expect(accessTokenStore.get()).toBeNull();
    expect(sent).toMatchObject([{ method: 'POST', path: '/admin/auth/logout', credentials: 'include' }]);
  });

  it('signs out everywhere with the bearer token, then signs out here', async () => {
    const { sent } = fakeApi({ 'POST /admin/auth/logout-all': () => reply(204) });
    // The settings page: its data is in the cache, so the only request is the sign-out.
    renderApp('/settings', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: /account menu/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(sent).toMatchObject([{ path: '/admin/auth/logout-all', authorization: 'Bearer test-token' }]);
  });

  it('stays signed in and says so when signing out everywhere fails', async () => {
    fakeApi({ 'POST /admin/auth/logout-all': () => reply(503, { code: 'unavailable', status: 503 }) });
    // The settings page: its data is in the cache, so the only request is the sign-out.
    renderApp('/settings', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: /account menu/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are still signed in elsewhere');
    expect(accessTokenStore.get()).toBe('test-token');
  });

  it('renders a not-found page inside the layout for unknown paths', async () => {
    renderApp('/nope', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Back office' })).toBeInTheDocument();
  });

  it('redirects a signed-in employee away from the login page', async () => {
    const { router } = renderApp('/login', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('explains a missing permission when the settings cannot be loaded', async () => {
    renderApp('/settings', { signedIn: true, settingsError: new ApiError(403, { code: 'forbidden' }) });
    expect(await screen.findByRole('heading', { name: 'Settings could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/do not have permission/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });
});
