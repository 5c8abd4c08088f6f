import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StoreHome } from '../features/content/api/content-types';
import { previewTokenStorageKey } from '../features/content/preview-mode';
import { brandedTheme } from '../test/fake-content';
import { renderApp } from '../test/render-app';

const draftHome: StoreHome = {
  published: true,
  sections: [
    { id: 'sec_hero', type: 'hero', heading: 'Coming soon: winter', text: null, image: null, cta: null },
  ],
};

const publishedHome: StoreHome = {
  published: true,
  sections: [{ id: 'sec_hero', type: 'hero', heading: 'Summer linen', text: null, image: null, cta: null }],
};

describe('preview mode', () => {
  it('sends the token from the preview link, keeps it while browsing and exits on request', async () => {
    const user = userEvent.setup();
    const { api, router } = renderApp('/?preview=tok_valid', {
      content: {
        previewToken: 'tok_valid',
        home: publishedHome,
        draftHome,
        theme: { ...brandedTheme, announcement: null },
        draftTheme: brandedTheme,
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Coming soon: winter' })).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: 'Preview mode' });
    expect(bar).toHaveTextContent('Preview — you are seeing unpublished changes.');
    expect(api.requestsTo('/store/content/home')[0]?.searchParams.get('preview')).toBe('tok_valid');
    expect(api.requestsTo('/store/content/theme')[0]?.searchParams.get('preview')).toBe('tok_valid');
    // The draft theme's announcement shows.
    expect(await screen.findByRole('region', { name: 'Announcement' })).toBeInTheDocument();
    // The token leaves the address (which stays shareable) but is kept for the visit.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(window.sessionStorage.getItem(previewTokenStorageKey)).toBe('tok_valid');

    // Browsing on keeps previewing.
    await user.click(screen.getByRole('link', { name: 'About' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About this store' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Preview mode' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Maison Lumière' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Coming soon: winter' })).toBeInTheDocument();
    expect(
      api.requestsTo('/store/content/home').every((url) => url.searchParams.get('preview') === 'tok_valid'),
    ).toBe(true);

    await user.click(
      within(screen.getByRole('region', { name: 'Preview mode' })).getByRole('button', {
        name: 'Exit preview',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Summer linen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Preview mode' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Announcement' })).not.toBeInTheDocument();
    expect(window.sessionStorage.getItem(previewTokenStorageKey)).toBeNull();
    expect(api.requestsTo('/store/content/home').at(-1)?.searchParams.has('preview')).toBe(false);
  });

  it('shows the published store and says so when the preview link has expired', async () => {
    const user = userEvent.setup();
    renderApp('/?preview=tok_expired', {
      content: { previewToken: 'tok_valid', home: publishedHome, draftHome },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Summer linen' })).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: 'Preview mode' });
    expect(bar).toHaveTextContent('This preview link has expired.');
    expect(window.sessionStorage.getItem(previewTokenStorageKey)).toBeNull();
    await user.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Preview mode' })).not.toBeInTheDocument();
  });

  it('is off without a preview link', async () => {
    const { api } = renderApp('/', { content: { home: publishedHome } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Summer linen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Preview mode' })).not.toBeInTheDocument();
    expect(api.requestsTo('/store/content/home')[0]?.searchParams.has('preview')).toBe(false);
  });
});
