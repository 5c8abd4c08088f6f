import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply, type SentRequest } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';
import { csvReply, recordSavedFiles, type SavedFile } from '../../test/saved-files';
import {
  bestSellers,
  discountReport,
  salesSeries,
  statsBreakdown,
  topCustomers,
} from '../../test/stats-fixtures';

let saved: SavedFile[] = [];

// 10:00 UTC on 24 November 2026: the 24th in Paris, the store's time zone. Only `Date` is faked (timers run).
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
  saved = recordSavedFiles();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  accessTokenStore.clear();
});

const last30Days = { from: '2026-10-26', to: '2026-11-24' };
const problem = (status: number) => reply(status, { code: 'bad_request', title: 'Bad request', status });

/** Every report answered; `overrides` replaces some answers. */
function statsApi(overrides: Record<string, (request: SentRequest) => Response> = {}) {
  return fakeApi({
    'GET /admin/stats/sales': (request) => reply(200, salesSeries(request.search, [1, 0, 3])),
    'GET /admin/stats/best-sellers': () => reply(200, bestSellers()),
    'GET /admin/stats/categories': () =>
      reply(
        200,
        statsBreakdown([
          { key: 'cat_1', label: 'Shirts' },
          { key: 'cat_2', label: 'Scarves' },
        ]),
      ),
    'GET /admin/stats/countries': () =>
      reply(
        200,
        statsBreakdown([
          { key: 'FR', label: 'FR' },
          { key: 'BE', label: 'BE' },
        ]),
      ),
    'GET /admin/stats/discounts': () => reply(200, discountReport()),
    'GET /admin/stats/top-customers': () => reply(200, topCustomers()),
    ...overrides,
  });
}

/** The query of the last request to `path`, as an object. */
function lastQuery(sent: SentRequest[], path: string): Record<string, string> | undefined {
  const request = sent.filter((candidate) => candidate.path === path).at(-1);
  return request ? Object.fromEntries(new URLSearchParams(request.search)) : undefined;
}

describe('statistics', () => {
  it('opens the sales report of the last 30 days, with its figures as a table', async () => {
    const { sent } = statsApi();
    const { router } = renderApp('/statistics', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Sales per period' });
    expect(router.state.location.pathname).toBe('/statistics/sales');
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/1\s*40\.00 EUR\s*2/);
    expect(lastQuery(sent, '/admin/stats/sales')).toEqual({ ...last30Days, interval: 'day' });

    const sidebar = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(sidebar).getByRole('link', { name: 'Statistics' })).toHaveAttribute('aria-current', 'page');
    const tabs = screen.getByRole('navigation', { name: 'Reports' });
    expect(within(tabs).getByRole('link', { name: 'Sales' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'By day' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.title).toBe('Sales · Statistics · Maison Lumière · Back office');
  });

  it('changes the interval and the period in the address and the request, and keeps the period across reports', async () => {
    const { sent } = statsApi();
    const { router } = renderApp('/statistics/sales', { signedIn: true });
    await screen.findByRole('table', { name: 'Sales per period' });

    await userEvent.click(screen.getByRole('button', { name: 'By week' }));
    await waitFor(() => expect(router.state.location.search).toBe('?interval=week'));
    await waitFor(() =>
      expect(lastQuery(sent, '/admin/stats/sales')).toEqual({ ...last30Days, interval: 'week' }),
    );
    expect(screen.getByRole('button', { name: 'By week' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?interval=week&from=2026-11-18&to=2026-11-24'),
    );
    await waitFor(() =>
      expect(lastQuery(sent, '/admin/stats/sales')).toEqual({
        from: '2026-11-18',
        to: '2026-11-24',
        interval: 'week',
      }),
    );

    const tabs = screen.getByRole('navigation', { name: 'Reports' });
    await userEvent.click(within(tabs).getByRole('link', { name: 'Categories' }));
    await screen.findByRole('table', { name: 'Sales by category' });
    expect(router.state.location.pathname).toBe('/statistics/categories');
    expect(router.state.location.search).toBe('?from=2026-11-18&to=2026-11-24');
    expect(lastQuery(sent, '/admin/stats/categories')).toEqual({
      from: '2026-11-18',
      to: '2026-11-24',
      limit: '20',
    });
  });

  it.each([
    {
      path: 'best-sellers',
      table: 'Best sellers by revenue',
      row: /Linen shirt\s*12\s*600\.00 EUR/,
      api: '/admin/stats/best-sellers',
      query: { ...last30Days, by: 'revenue', limit: '20' },
    },
    {
      path: 'categories',
      table: 'Sales by category',
      row: /Shirts\s*10\s*20\s*900\.00 EUR/,
      api: '/admin/stats/categories',
      query: { ...last30Days, limit: '20' },
    },
    {
      path: 'countries',
      table: 'Sales by country',
      row: /France\s*10\s*20\s*900\.00 EUR/,
      api: '/admin/stats/countries',
      query: last30Days,
    },
    {
      path: 'discounts',
      table: 'Discount codes and promotions',
      row: /Welcome offer\s*Code WELCOME10\s*6\s*36\.00 EUR\s*324\.00 EUR/,
      api: '/admin/stats/discounts',
      query: last30Days,
    },
    {
      path: 'customers',
      table: 'Top customers by lifetime value',
      row: /Marie Curie\s*marie@example\.com\s*3\s*1250\.50 EUR/,
      api: '/admin/stats/top-customers',
      query: { by: 'value', limit: '20' },
    },
  ])('shows the $path report as a table, from its request', async ({ path, table, row, api, query }) => {
    const { sent } = statsApi();
    renderApp(`/statistics/${path}`, { signedIn: true });
    const found = await screen.findByRole('table', { name: table });
    expect(within(found).getAllByRole('row')[1]).toHaveTextContent(row);
    expect(lastQuery(sent, api)).toEqual(query);
  });

  it('links best sellers to their product and top customers to their page, and ranks them as asked', async () => {
    const { sent } = statsApi();
    const { router } = renderApp('/statistics/best-sellers', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Best sellers by revenue' });
    expect(within(table).getByRole('link', { name: 'Linen shirt' })).toHaveAttribute(
      'href',
      '/products/prod_1',
    );
    // A product deleted since has no page to open.
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Old scarf (deleted)');
    expect(within(table).getAllByRole('link')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'By units' }));
    await waitFor(() => expect(router.state.location.search).toBe('?by=units'));
    expect(await screen.findByRole('table', { name: 'Best sellers by units sold' })).toBeInTheDocument();
    expect(lastQuery(sent, '/admin/stats/best-sellers')).toEqual({ ...last30Days, by: 'units', limit: '20' });

    const tabs = screen.getByRole('navigation', { name: 'Reports' });
    await userEvent.click(within(tabs).getByRole('link', { name: 'Top customers' }));
    const customers = await screen.findByRole('table', { name: 'Top customers by lifetime value' });
    expect(within(customers).getByRole('link', { name: 'Marie Curie' })).toHaveAttribute(
      'href',
      '/customers/cus_1',
    );
    // Lifetime figures: no period to choose.
    expect(screen.queryByRole('region', { name: 'Period' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'By orders' }));
    await waitFor(() => expect(router.state.location.search).toBe('?by=orders'));
    expect(await screen.findByRole('table', { name: 'Top customers by orders' })).toBeInTheDocument();
    expect(lastQuery(sent, '/admin/stats/top-customers')).toEqual({ by: 'orders', limit: '20' });
  });

  it('exports the report on screen as CSV, with the same query', async () => {
    const { sent } = statsApi({
      'GET /admin/stats/sales.csv': () =>
        csvReply('period,orders,items_sold,currency,gross_revenue\r\n2026-11-02,3,6,EUR,120.00\r\n'),
      'GET /admin/stats/top-customers.csv': () => csvReply('customer_id,name\r\ncus_1,Marie Curie\r\n'),
    });
    renderApp('/statistics/sales?from=2026-11-01&to=2026-11-30&interval=week', { signedIn: true });
    await screen.findByRole('table', { name: 'Sales per period' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(lastQuery(sent, '/admin/stats/sales.csv')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      interval: 'week',
    });
    expect(saved[0]?.download).toBe('sales-2026-11-01-to-2026-11-30.csv');
    expect(await saved[0]?.blob?.text()).toContain('2026-11-02,3,6,EUR,120.00');

    const tabs = screen.getByRole('navigation', { name: 'Reports' });
    await userEvent.click(within(tabs).getByRole('link', { name: 'Top customers' }));
    await userEvent.click(await screen.findByRole('button', { name: 'By orders' }));
    await screen.findByRole('table', { name: 'Top customers by orders' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(lastQuery(sent, '/admin/stats/top-customers.csv')).toEqual({ by: 'orders', limit: '20' });
    expect(saved[1]?.download).toBe('top-customers.csv');
  });

  it('says when an export fails', async () => {
    statsApi({ 'GET /admin/stats/discounts.csv': () => problem(403) });
    renderApp('/statistics/discounts', { signedIn: true });
    await screen.findByRole('table', { name: 'Discount codes and promotions' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The report could not be exported')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    expect(saved).toEqual([]);
  });

  it.each([
    ['sales', 'No sales in this period'],
    ['best-sellers', 'No products sold in this period'],
    ['categories', 'No category sales in this period'],
    ['countries', 'No sales in this period'],
    ['discounts', 'No discounts used in this period'],
    ['customers', 'No customers with orders yet'],
  ])('says when the %s report has nothing to show', async (path, title) => {
    const empty = () => reply(200, { items: [] });
    statsApi({
      'GET /admin/stats/sales': (request) => reply(200, salesSeries(request.search, [0])),
      'GET /admin/stats/best-sellers': empty,
      'GET /admin/stats/categories': empty,
      'GET /admin/stats/countries': empty,
      'GET /admin/stats/discounts': empty,
      'GET /admin/stats/top-customers': empty,
    });
    renderApp(`/statistics/${path}`, { signedIn: true });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
  });

  it('says when a report cannot be loaded, and loads it again on request', async () => {
    let fail = true;
    statsApi({
      'GET /admin/stats/countries': () =>
        fail ? problem(400) : reply(200, statsBreakdown([{ key: 'FR', label: 'FR' }])),
    });
    renderApp('/statistics/countries', { signedIn: true });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the countries');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Sales by country' })).toBeInTheDocument();
  });

  it('shows an analyst the figures without links to pages they may not open', async () => {
    statsApi();
    const analyst = { ...customerServiceEmployee, permissions: ['stats:read' as const] };
    renderApp('/statistics/customers', { signedIn: true, employee: analyst });
    const table = await screen.findByRole('table', { name: 'Top customers by lifetime value' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Marie Curie');
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
  });

  it('is hidden from an employee without statistics, and not asked for', async () => {
    const { sent } = statsApi();
    renderApp('/statistics/sales', { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    const sidebar = screen.getByRole('navigation', { name: 'Back office' });
    expect(within(sidebar).queryByRole('link', { name: 'Statistics' })).not.toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/stats'))).toEqual([]);
  });
});
