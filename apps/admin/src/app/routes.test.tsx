import { ApiError } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../lib/access-token';
import { renderApp } from '../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

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
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(document.title).toBe('Dashboard · Maison Lumière · Back office');
  });

  it('shows the settings form filled with the loaded settings', async () => {
    renderApp('/settings', { signedIn: true });
    expect(await screen.findByLabelText('Store name')).toHaveValue('Maison Lumière');
    expect(screen.getByLabelText('Legal name')).toHaveValue('Maison Lumière SAS');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });

  it('signs out to the login page', async () => {
    const { router } = renderApp('/settings', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(accessTokenStore.get()).toBeNull();
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
