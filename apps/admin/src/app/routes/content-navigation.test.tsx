import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree } from '../../test/catalog-fixtures';
import { adminNavigation, contentEditor, contentPage, pageSummary } from '../../test/content-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

describe('navigation', () => {
  it('flags items whose target is gone, and saves a nested item', async () => {
    const { sent } = fakeApi({
      'GET /admin/content/navigation': () => reply(200, adminNavigation()),
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/content/pages': () =>
        reply(200, { items: [pageSummary(contentPage())], total: 1, nextCursor: null }),
      'PUT /admin/content/navigation/header': (request) =>
        reply(200, {
          key: 'header',
          items: (request.body as { items: unknown[] }).items,
          version: 5,
          updatedAt: '2026-11-24T09:00:00.000Z',
        }),
    });
    renderApp('/content/navigation', { signedIn: true, employee: contentEditor });
    const panel = await screen.findByRole('tabpanel', { name: 'Header menu' });
    expect(within(panel).getByText('Link target was deleted — hidden on the storefront')).toBeInTheDocument();
    expect(within(panel).getByText('Menus are live as soon as you save.')).toBeInTheDocument();

    // Point "Shop" at an existing category, then give it a sub-item linking to a page.
    await userEvent.selectOptions(await within(panel).findByLabelText('Category'), 'cat_1');
    expect(within(panel).queryByText(/Link target was deleted/)).not.toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Add sub-item to Shop' }));
    const labels = within(panel).getAllByLabelText('Label');
    await userEvent.type(labels[1] as HTMLElement, 'About us');
    const types = within(panel).getAllByLabelText('Link type');
    await userEvent.selectOptions(types[1] as HTMLElement, 'page');
    await userEvent.selectOptions(await within(panel).findByLabelText('Page'), 'page_1');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save menu' }));

    expect(await within(panel).findByText(/Menu saved/)).toBeInTheDocument();
    const put = sent.find((request) => request.method === 'PUT');
    expect(put?.path).toBe('/admin/content/navigation/header');
    expect(put?.body).toEqual({
      items: [
        {
          id: 'nav_shop',
          label: 'Shop',
          link: { type: 'category', categoryId: 'cat_1' },
          children: [
            {
              id: expect.stringMatching(/^nav_/),
              label: 'About us',
              link: { type: 'page', pageId: 'page_1' },
              children: [],
            },
          ],
        },
      ],
      version: 4,
    });
  });

  it('indents and outdents items, and asks for a link before saving', async () => {
    const { sent } = fakeApi({
      'GET /admin/content/navigation': () => reply(200, adminNavigation()),
      'GET /admin/categories': () => reply(200, categoryTree),
    });
    renderApp('/content/navigation', { signedIn: true, employee: contentEditor });
    await userEvent.click(await screen.findByRole('tab', { name: 'Footer menu' }));
    const footer = screen.getByRole('tabpanel', { name: 'Footer menu' });
    expect(within(footer).getByRole('heading', { name: 'No items yet' })).toBeInTheDocument();
    await userEvent.click(within(footer).getByRole('button', { name: 'Add item' }));
    await userEvent.type(within(footer).getByLabelText('Label'), 'Help');
    await userEvent.click(within(footer).getByRole('button', { name: 'Add item' }));
    await userEvent.type(within(footer).getAllByLabelText('Label')[1] as HTMLElement, 'Contact');
    await userEvent.click(within(footer).getByRole('button', { name: 'Indent: Contact' }));
    const subItems = within(footer).getByRole('list', { name: 'Sub-items of Help' });
    expect(within(subItems).getByLabelText('Label')).toHaveValue('Contact');
    expect(within(footer).getByRole('button', { name: 'Outdent: Contact' })).toBeInTheDocument();

    await userEvent.click(within(footer).getByRole('button', { name: 'Save menu' }));
    expect(await within(footer).findByText(/Some items have no link yet/)).toBeInTheDocument();
    expect(within(footer).getAllByText('Choose where this item leads.')).toHaveLength(2);
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);
  });
});
