import { ApiError } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, sampleSettings } from '../test/render-app';

describe('storefront routes', () => {
  it('shows the store name as the home page heading, in the header and in the tab title', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Maison Lumière$/);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Maison Lumière' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Maison Lumière');
  });

  it('shows the store name and support email in the footer', async () => {
    renderApp('/');
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent('Maison Lumière');
    expect(within(footer).getByRole('link', { name: sampleSettings.supportEmail ?? '' })).toHaveAttribute(
      'href',
      'mailto:help@maison-lumiere.example',
    );
  });

  it('renders the about page with the store settings', async () => {
    renderApp('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About this store' })).toBeInTheDocument();
    expect(screen.getByText('Euro (EUR)')).toBeInTheDocument();
    expect(screen.getByText('France (FR)')).toBeInTheDocument();
    expect(document.title).toBe('About · Maison Lumière');
  });

  it('renders a friendly not-found page for unknown paths', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    // The layout stays around the 404 so navigation still works.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('shows an error state with a retry when the store cannot be loaded', async () => {
    renderApp('/', { settings: new ApiError(503, { code: 'service_unavailable', title: 'Unavailable' }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The store could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/having trouble right now/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    // The header falls back to a neutral name rather than showing nothing.
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Online store' }),
    ).toBeInTheDocument();
  });
});
