import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, sampleAddress, sampleCustomer } from '../test/render-app';

describe('account routes', () => {
  it('offers "Sign in" in the header to visitors', async () => {
    renderApp('/');
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/account/login',
    );
    expect(within(header).queryByRole('link', { name: /My account/ })).not.toBeInTheDocument();
  });

  it('shows "My account" with the customer\'s first name once signed in', async () => {
    renderApp('/', { customer: sampleCustomer });
    const link = await within(screen.getByRole('banner')).findByRole('link', { name: /My account/ });
    expect(link).toHaveTextContent('Ada');
    expect(link).toHaveAttribute('href', '/account');
  });

  it('sends signed-out visitors of a protected page to the sign-in page', async () => {
    const { router } = renderApp('/account/addresses');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/login');
    expect(router.state.location.state).toEqual({ from: '/account/addresses' });
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/account/forgot-password',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/account/register',
    );
    expect(document.title).toBe('Sign in · Maison Lumière');
  });

  it('sends a signed-in customer away from the sign-in page, to their account', async () => {
    const { router } = renderApp('/account/login', { customer: sampleCustomer });
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });

  it('shows the account page: profile, address book link, password change and sign-out', async () => {
    renderApp('/account', { customer: sampleCustomer });
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(screen.getByText('Signed in as ada@example.com')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Ada');
    expect(screen.getByLabelText('Phone')).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Manage your addresses' })).toHaveAttribute(
      'href',
      '/account/addresses',
    );
    expect(screen.getByLabelText('Current password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change password' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('lists saved addresses with their badges', async () => {
    renderApp('/account/addresses', { customer: sampleCustomer, addresses: [sampleAddress] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Address book' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Saved addresses' });
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    expect(within(list).getByText('Default shipping')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add address' })).toBeInTheDocument();
  });

  it('shows the empty address book, and the form with the store country when adding', async () => {
    renderApp('/account/addresses', { customer: sampleCustomer, addresses: [] });
    expect(await screen.findByRole('heading', { name: 'No saved addresses yet' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(screen.getByLabelText('Country')).toHaveValue('FR');
    expect(screen.queryByRole('heading', { name: 'No saved addresses yet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add address' })).not.toBeInTheDocument();
  });

  it('tells a reset-password visitor without a token that the link is not valid', async () => {
    renderApp('/account/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link is invalid or has expired');
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/account/forgot-password',
    );
  });
});
