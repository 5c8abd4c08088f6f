import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree, linenShirt, productSummary } from '../../test/catalog-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const page = (items = [productSummary(1), productSummary(2), productSummary(3)]) => ({
  items,
  total: items.length,
  nextCursor: null,
});

describe('products table', () => {
  it('reads its filters from the address, sends them to the API and keeps changes in the address', async () => {
    const { sent } = fakeApi({
      'GET /admin/products': () => reply(200, page()),
      'GET /admin/categories': () => reply(200, categoryTree),
    });
    const { router } = renderApp('/products?status=active&sort=price_asc', { signedIn: true });
    expect(await screen.findByRole('link', { name: 'Product 1' })).toHaveAttribute(
      'href',
      '/products/prod_1',
    );
    const listRequests = () => sent.filter((request) => request.path === '/admin/products');
    expect(listRequests()[0]?.search).toBe('?limit=25&status=active&sort=price_asc');
    expect(screen.getByLabelText('Status')).toHaveValue('active');
    expect(screen.getByLabelText('Sort by')).toHaveValue('price_asc');

    // The category filter lists the tree, indented, and filters by id.
    const category = screen.getByLabelText('Category');
    expect(within(category).getByRole('option', { name: /Shirts/ }).textContent).toBe(
      '\u00a0\u00a0\u00a0Shirts',
    );
    await userEvent.selectOptions(category, 'cat_2');
    await userEvent.selectOptions(screen.getByLabelText('Stock'), 'low');
    expect(router.state.location.search).toBe('?status=active&sort=price_asc&category=cat_2&stock=low');
    expect(listRequests().at(-1)?.search).toBe(
      '?limit=25&status=active&category=cat_2&stock=low&sort=price_asc',
    );

    await userEvent.type(screen.getByLabelText('Search products'), 'linen');
    await screen.findByText(/Showing 3 of 3 products/);
    await expect
      .poll(() => listRequests().at(-1)?.search)
      .toBe('?limit=25&q=linen&status=active&category=cat_2&stock=low&sort=price_asc');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('linen');
  });

  it('changes the status of the selected products and says how many changed', async () => {
    let listCalls = 0;
    const { sent } = fakeApi({
      'GET /admin/products': () => {
        listCalls += 1;
        return reply(200, page());
      },
      'GET /admin/categories': () => reply(200, categoryTree),
      'POST /admin/products/bulk': () => reply(200, { affected: 2 }),
    });
    renderApp('/products', { signedIn: true });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Product 1' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Product 3' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('2 products selected');
    await userEvent.selectOptions(within(bar).getByLabelText('New status'), 'archived');
    const callsBefore = listCalls;
    await userEvent.click(within(bar).getByRole('button', { name: 'Set status' }));
    expect(await screen.findByText('2 products set to archived.')).toBeInTheDocument();
    expect(sent.find((request) => request.path === '/admin/products/bulk')?.body).toEqual({
      ids: ['prod_1', 'prod_3'],
      action: { type: 'set_status', status: 'archived' },
    });
    // The list is asked again, and the selection is cleared.
    expect(listCalls).toBeGreaterThan(callsBefore);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('asks before deleting, naming the count, and adjusts prices by a percentage with an example', async () => {
    const { sent } = fakeApi({
      'GET /admin/products': () => reply(200, page()),
      'GET /admin/categories': () => reply(200, categoryTree),
      'POST /admin/products/bulk': (request) =>
        reply(200, { affected: (request.body as { ids: string[] }).ids.length }),
    });
    renderApp('/products', { signedIn: true });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select all products on this page' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('3 products selected');

    await userEvent.click(within(bar).getByRole('button', { name: 'Adjust prices…' }));
    const prices = screen.getByRole('dialog', { name: 'Adjust the prices of 3 products' });
    await userEvent.type(within(prices).getByLabelText('Change (%)'), '-10');
    expect(within(prices).getByText(/becomes/)).toHaveTextContent('€20.00 becomes €18.00');
    await userEvent.click(within(prices).getByRole('button', { name: 'Adjust prices' }));
    expect(await screen.findByText('Prices of 3 products adjusted by -10%.')).toBeInTheDocument();
    expect(sent.filter((request) => request.path === '/admin/products/bulk')[0]?.body).toEqual({
      ids: ['prod_1', 'prod_2', 'prod_3'],
      action: { type: 'adjust_prices', percent: -10 },
    });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Product 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete 1 product?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete 1 product' }));
    expect(await screen.findByText('1 product deleted.')).toBeInTheDocument();
    expect(sent.filter((request) => request.path === '/admin/products/bulk')[1]?.body).toEqual({
      ids: ['prod_2'],
      action: { type: 'delete' },
    });
  });

  it('duplicates a product and opens the copy', async () => {
    const copy = { ...linenShirt, id: 'prod_9', title: 'Copy of Linen shirt', handle: 'linen-shirt-copy' };
    fakeApi({
      'GET /admin/products': () => reply(200, page()),
      'GET /admin/categories': () => reply(200, categoryTree),
      'POST /admin/products/prod_1/duplicate': () => reply(201, copy),
      'GET /admin/products/prod_9': () => reply(200, copy),
    });
    const { router } = renderApp('/products', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate Product 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Copy of Linen shirt' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products/prod_9');
  });

  it('shows the empty state, without write actions for an employee without catalog:write', async () => {
    fakeApi({
      'GET /admin/products': () => reply(200, page([])),
      'GET /admin/categories': () => reply(200, categoryTree),
    });
    renderApp('/products', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('heading', { name: 'No products yet' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add product' })).not.toBeInTheDocument();
  });

  it('shows the error state with a retry', async () => {
    fakeApi({
      'GET /admin/products': () => reply(403, { code: 'forbidden', status: 403 }),
      'GET /admin/categories': () => reply(200, categoryTree),
    });
    renderApp('/products', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Products could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
