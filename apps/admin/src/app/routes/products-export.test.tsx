import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree } from '../../test/catalog-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';
import { csvReply, recordSavedFiles, type SavedFile } from '../../test/saved-files';

let saved: SavedFile[] = [];

beforeEach(() => {
  saved = recordSavedFiles();
});

afterEach(() => {
  vi.restoreAllMocks();
  accessTokenStore.clear();
});

const listRoutes = {
  'GET /admin/products': () => reply(200, { items: [], total: 0, nextCursor: null }),
  'GET /admin/categories': () => reply(200, categoryTree),
};

describe('products export', () => {
  it('downloads the CSV of the products matching the search, status and category', async () => {
    const { sent } = fakeApi({
      ...listRoutes,
      'GET /admin/products/export.csv': () =>
        csvReply('handle,title,sku,price\r\nlinen-shirt,Linen shirt,LS-M,49.00\r\n'),
    });
    renderApp('/products?q=linen&status=active&category=cat_2&stock=low&sort=price_asc', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const request = sent.find((candidate) => candidate.path === '/admin/products/export.csv');
    // Stock and sort are the list's own: the export takes every variant, in its own order.
    expect(Object.fromEntries(new URLSearchParams(request?.search ?? ''))).toEqual({
      q: 'linen',
      status: 'active',
      categoryId: 'cat_2',
    });
    expect(request?.authorization).toBe('Bearer test-token');
    expect(saved[0]?.download).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await saved[0]?.blob?.text()).toContain('linen-shirt,Linen shirt,LS-M,49.00');
  });

  it('exports the whole catalog without filters, and says when the export fails', async () => {
    const { sent } = fakeApi({
      ...listRoutes,
      'GET /admin/products/export.csv': () =>
        reply(503, { code: 'service_unavailable', title: 'Unavailable', status: 503 }),
    });
    renderApp('/products', { signedIn: true });
    const button = await screen.findByRole('button', { name: 'Export CSV' });
    await userEvent.click(button);
    expect(await screen.findByText('The products could not be exported')).toBeInTheDocument();
    expect(sent.find((candidate) => candidate.path === '/admin/products/export.csv')?.search).toBe('');
    expect(button).toBeEnabled();
    expect(saved).toEqual([]);
  });

  it('offers the export, not the import, to an employee without catalog:write', async () => {
    fakeApi(listRoutes);
    renderApp('/products', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('leads to the import page for an employee with catalog:write', async () => {
    fakeApi(listRoutes);
    renderApp('/products', { signedIn: true });
    expect(await screen.findByRole('link', { name: 'Import' })).toHaveAttribute('href', '/products/import');
  });
});
