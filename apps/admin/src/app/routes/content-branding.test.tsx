import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { adminTheme, contentEditor, contentImage } from '../../test/content-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

describe('branding', () => {
  it('saves the draft with the whole body and the version read', async () => {
    const { sent } = fakeApi({
      'GET /admin/content/theme': () => reply(200, adminTheme()),
      'POST /admin/content/media': () => reply(201, contentImage('cimg_logo')),
      'PUT /admin/content/theme': () => reply(200, adminTheme({ version: 4, hasUnpublishedChanges: true })),
    });
    renderApp('/content/branding', { signedIn: true, employee: contentEditor });
    expect(await screen.findByRole('heading', { level: 1, name: 'Branding' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).getByRole('link', { name: 'Branding' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(/^Published /)).toBeInTheDocument();

    await userEvent.upload(
      screen.getByLabelText('Upload logo'),
      new File(['png'], 'logo.png', { type: 'image/png' }),
    );
    expect(await screen.findByRole('img', { name: 'Logo preview' })).toBeInTheDocument();

    const primary = screen.getByLabelText('Primary colour');
    await userEvent.clear(primary);
    await userEvent.type(primary, '#0F766E');
    expect(screen.getByText(/Readable \(5\.\d:1\)/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Font pair'), 'classic');
    expect(screen.getByText('Handmade linen for every home')).toHaveStyle({ fontFamily: 'Georgia, serif' });

    // Publish waits for the edits to be saved.
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveAccessibleDescription(
      /Save your changes first/,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add announcement' }));
    await userEvent.type(screen.getByLabelText('Announcement'), 'Free delivery this week');
    await userEvent.selectOptions(screen.getByLabelText('Announcement link type'), 'url');
    await userEvent.type(screen.getByLabelText(/^Address/), '/pages/delivery');
    await userEvent.type(screen.getByLabelText('Starts'), '2026-12-01T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/Draft saved/)).toBeInTheDocument();
    const put = sent.find((request) => request.method === 'PUT');
    expect(put?.body).toEqual({
      logoImageId: 'cimg_logo',
      faviconImageId: null,
      colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#111827', onAccent: '#ffffff' },
      fontPair: 'classic',
      socialLinks: [{ network: 'instagram', url: 'https://instagram.com/maison' }],
      announcement: {
        text: 'Free delivery this week',
        link: { type: 'url', url: '/pages/delivery' },
        startsAt: new Date('2026-12-01T09:00').toISOString(),
        endsAt: null,
      },
      version: 3,
    });
    const upload = sent.find((request) => request.path === '/admin/content/media');
    expect(upload?.body).toMatchObject({ file: { type: 'image/png' } });
  });

  it('warns about low contrast and shows the API’s contrast error on its field', async () => {
    const message = 'Text on the primary colour has a contrast of 1.6:1; it needs at least 4.5:1.';
    fakeApi({
      'GET /admin/content/theme': () => reply(200, adminTheme()),
      'PUT /admin/content/theme': () =>
        reply(400, {
          status: 400,
          code: 'validation_failed',
          title: 'Invalid',
          errors: [{ path: 'colors.onPrimary', message }],
        }),
    });
    renderApp('/content/branding', { signedIn: true, employee: contentEditor });
    const onPrimary = await screen.findByLabelText('Text on primary');
    await userEvent.clear(onPrimary);
    await userEvent.type(onPrimary, '#8fa7f0');
    expect(screen.getByText(/Too low \(\d\.\d:1, needs 4\.5:1\)/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await expect.poll(() => onPrimary.getAttribute('aria-invalid')).toBe('true');
    expect(onPrimary).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(onPrimary).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.');
  });

  it('offers to reload after a version conflict', async () => {
    let version = 3;
    fakeApi({
      'GET /admin/content/theme': () => reply(200, adminTheme({ version })),
      'PUT /admin/content/theme': () =>
        reply(409, { status: 409, code: 'version_conflict', title: 'Conflict' }),
    });
    renderApp('/content/branding', { signedIn: true, employee: contentEditor });
    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The branding changed elsewhere')).toBeInTheDocument();
    version = 5;
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await expect.poll(() => screen.queryByText('The branding changed elsewhere')).toBeNull();
  });

  it('publishes the saved draft and opens a preview in a new tab', async () => {
    // The tab the click opens at once (popup blockers allow it), pointed at the preview when the API answers.
    const tab = { opener: {} as unknown, closed: false, location: { href: 'about:blank' }, close: vi.fn() };
    const open = vi.fn(() => tab);
    vi.stubGlobal('open', open);
    const { sent } = fakeApi({
      'GET /admin/content/theme': () => reply(200, adminTheme({ hasUnpublishedChanges: true, version: 7 })),
      'POST /admin/content/preview': () =>
        reply(200, {
          token: 'tok',
          expiresAt: '2026-11-24T10:00:00.000Z',
          url: 'http://shop.test/?preview=tok',
        }),
      'POST /admin/content/theme/publish': () =>
        reply(200, adminTheme({ version: 7, publishedAt: '2026-11-24T09:00:00.000Z' })),
    });
    renderApp('/content/branding', { signedIn: true, employee: contentEditor });
    expect(await screen.findByText('Unpublished changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('link', { name: 'Open the storefront preview' })).toHaveAttribute(
      'href',
      'http://shop.test/?preview=tok',
    );
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    expect(tab.location.href).toBe('http://shop.test/?preview=tok');

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/Published: customers see the new branding/)).toBeInTheDocument();
    expect(sent.find((request) => request.path === '/admin/content/theme/publish')?.body).toEqual({
      version: 7,
    });
  });

  it('says when the branding cannot be loaded', async () => {
    fakeApi({ 'GET /admin/content/theme': () => reply(403, { code: 'forbidden', status: 403 }) });
    renderApp('/content/branding', { signedIn: true, employee: contentEditor });
    expect(
      await screen.findByRole('heading', { name: 'The branding could not be loaded' }),
    ).toBeInTheDocument();
  });

  it('is not offered to employees without content:write', async () => {
    const { sent } = fakeApi({});
    renderApp('/content/branding', { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(nav).queryByRole('link', { name: 'Branding' })).not.toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/content'))).toEqual([]);
  });
});
