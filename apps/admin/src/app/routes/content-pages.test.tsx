import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import {
  contentEditor,
  contentPage,
  legalSettings,
  pageRevisions,
  pageSummary,
} from '../../test/content-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const emptyList = { items: [], total: 0, nextCursor: null };

describe('pages', () => {
  it('starts from an empty list, creates a page and previews its Markdown as the API renders it', async () => {
    const created = contentPage({ id: 'page_9', version: 1, title: 'Delivery', handle: 'delivery' });
    const { sent } = fakeApi({
      'GET /admin/content/pages': () => reply(200, emptyList),
      'GET /admin/content/legal': () => reply(200, legalSettings()),
      'POST /admin/content/pages/preview': (request) =>
        reply(200, {
          html: `<h2>Rendered</h2><p>${(request.body as { markdown: string }).markdown.length} characters</p>`,
        }),
      'POST /admin/content/pages': () => reply(201, created),
      'GET /admin/content/pages/page_9': () => reply(200, created),
      'GET /admin/content/pages/page_9/revisions': () => reply(200, { items: [] }),
    });
    const { router } = renderApp('/content/pages', { signedIn: true, employee: contentEditor });
    expect(await screen.findByRole('heading', { name: 'No pages yet' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Legal pages' })).toBeInTheDocument();
    const createLinks = screen.getAllByRole('link', { name: 'Create page' });
    expect(createLinks).toHaveLength(1);
    await userEvent.click(createLinks[0] as HTMLElement);

    expect(await screen.findByRole('heading', { level: 1, name: 'New page' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Title/), 'Delivery');
    await userEvent.type(screen.getByLabelText(/^Page text/), '## Delivery');
    await userEvent.type(screen.getByLabelText('SEO title'), 'Delivery times');
    expect(screen.getByLabelText('SEO title')).toHaveAccessibleDescription(/14\/70 characters/);
    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = screen.getByRole('tabpanel', { name: 'Preview' });
    expect(await within(preview).findByRole('heading', { name: 'Rendered' })).toBeInTheDocument();
    expect(sent.find((request) => request.path === '/admin/content/pages/preview')?.body).toEqual({
      markdown: '## Delivery',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Create page' }));
    expect(await screen.findByText('Page created.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/content/pages/page_9');
    expect(
      sent.find((request) => request.method === 'POST' && request.path === '/admin/content/pages')?.body,
    ).toEqual({
      title: 'Delivery',
      markdown: '## Delivery',
      seoTitle: 'Delivery times',
      seoDescription: null,
      status: 'draft',
    });
  });

  it('lists pages and saves the legal pages', async () => {
    const page = contentPage();
    const { sent } = fakeApi({
      'GET /admin/content/pages': () =>
        reply(200, { items: [pageSummary(page)], total: 1, nextCursor: null }),
      'GET /admin/content/legal': () => reply(200, legalSettings()),
      'PUT /admin/content/legal': () =>
        reply(200, legalSettings({ termsPageId: 'page_1', requireTermsAcceptance: true, version: 2 })),
    });
    renderApp('/content/pages', { signedIn: true, employee: contentEditor });
    expect(await screen.findByRole('link', { name: 'About us' })).toHaveAttribute(
      'href',
      '/content/pages/page_1',
    );
    await userEvent.selectOptions(await screen.findByLabelText('Terms and conditions page'), 'page_1');
    await userEvent.click(screen.getByLabelText('Ask customers to accept the terms at checkout'));
    await userEvent.click(screen.getByRole('button', { name: 'Save legal pages' }));
    expect(await screen.findByText('Legal pages saved.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'PUT')?.body).toEqual({
      termsPageId: 'page_1',
      privacyPageId: null,
      requireTermsAcceptance: true,
      version: 1,
    });
  });

  it('restores a revision after confirming, then shows the page as restored', async () => {
    const restored = contentPage({ title: 'About', version: 4 });
    let current = contentPage();
    const { sent } = fakeApi({
      'GET /admin/content/pages/page_1': () => reply(200, current),
      'GET /admin/content/pages/page_1/revisions': () => reply(200, pageRevisions()),
      'POST /admin/content/pages/page_1/revisions/prev_1/restore': () => {
        current = restored;
        return reply(200, restored);
      },
    });
    renderApp('/content/pages/page_1', { signedIn: true, employee: contentEditor });
    const history = await screen.findByRole('list', { name: 'Revisions' });
    expect(history).toHaveTextContent('Version 3 (current) · About us');
    expect(history).toHaveTextContent('Rosa Parks');
    expect(within(history).queryByRole('button', { name: 'Restore version 3' })).not.toBeInTheDocument();

    await userEvent.click(within(history).getByRole('button', { name: 'Restore version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore this version' }));

    expect(await screen.findByText('Version 1 restored.')).toBeInTheDocument();
    expect(sent.find((request) => request.path.endsWith('/restore'))?.body).toEqual({ version: 3 });
    expect(screen.getByLabelText(/^Title/)).toHaveValue('About');
    expect(screen.getByRole('heading', { level: 1, name: 'About' })).toBeInTheDocument();
    // The revisions are asked for again.
    expect(sent.filter((request) => request.path.endsWith('/revisions')).length).toBeGreaterThan(1);
  });

  it('explains why the terms page cannot be deleted', async () => {
    const detail = 'This page is the store’s terms page: choose another one in the legal settings first.';
    fakeApi({
      'GET /admin/content/pages/page_1': () => reply(200, contentPage()),
      'GET /admin/content/pages/page_1/revisions': () => reply(200, pageRevisions()),
      'DELETE /admin/content/pages/page_1': () =>
        reply(409, { status: 409, code: 'conflict', title: 'Conflict', detail }),
    });
    renderApp('/content/pages/page_1', { signedIn: true, employee: contentEditor });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “About us”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete page' }));
    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
  });

  it('shows a taken handle on the handle field', async () => {
    fakeApi({
      'GET /admin/content/pages/page_1': () => reply(200, contentPage()),
      'GET /admin/content/pages/page_1/revisions': () => reply(200, pageRevisions()),
      'PATCH /admin/content/pages/page_1': () =>
        reply(409, {
          status: 409,
          code: 'conflict',
          title: 'Conflict',
          errors: [{ path: 'handle', message: 'Another page uses this handle.' }],
        }),
    });
    renderApp('/content/pages/page_1', { signedIn: true, employee: contentEditor });
    const handle = await screen.findByLabelText('Handle');
    await userEvent.clear(handle);
    await userEvent.type(handle, 'contact');
    await userEvent.click(screen.getByRole('button', { name: 'Save page' }));
    await expect.poll(() => handle.getAttribute('aria-invalid')).toBe('true');
    expect(handle).toHaveAccessibleDescription(expect.stringContaining('Another page uses this handle.'));
  });
});
