import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply, type SentRequest } from '../../test/fake-api';
import { lowMug } from '../../test/inventory-fixtures';
import { threadPage } from '../../test/message-fixtures';
import { orderSummary } from '../../test/order-fixtures';
import { customerServiceEmployee, renderApp } from '../../test/render-app';
import { returnPage } from '../../test/return-fixtures';
import { salesSeries, statsKpis, statsSummary } from '../../test/stats-fixtures';

// 10:00 UTC on 24 November 2026: the 24th in Paris, the store's time zone. Only `Date` is faked (timers run).
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  accessTokenStore.clear();
});

const eur = (amount: number) => ({ amount, currency: 'EUR' });

function orderPage(items: ReturnType<typeof orderSummary>[], total = items.length) {
  return { items, total, nextCursor: null };
}

/** Every dashboard request answered; `overrides` replaces some answers. */
function dashboardApi(overrides: Record<string, (request: SentRequest) => Response> = {}) {
  return fakeApi({
    'GET /admin/stats/summary': (request) => {
      const query = new URLSearchParams(request.search);
      return reply(
        200,
        statsSummary(
          { from: query.get('from') ?? '', to: query.get('to') ?? '' },
          statsKpis(),
          statsKpis({
            netRevenue: eur(120000),
            orders: 50,
            refunds: eur(0),
            abandonedCarts: { count: 20, value: eur(70000) },
          }),
        ),
      );
    },
    'GET /admin/stats/sales': (request) => reply(200, salesSeries(request.search, [1, 0, 3])),
    'GET /admin/stats/best-sellers': () =>
      reply(200, {
        items: [
          { productId: 'prod_1', title: 'Linen shirt', units: 12, revenue: eur(60000) },
          { productId: null, title: 'Old scarf', units: 3, revenue: eur(4500) },
        ],
      }),
    'GET /admin/orders': (request) => {
      const query = new URLSearchParams(request.search);
      if (query.get('fulfillmentStatus') === 'unfulfilled') return reply(200, orderPage([orderSummary()], 4));
      if (query.get('paymentStatus') === 'authorized') return reply(200, orderPage([orderSummary()], 2));
      if (query.get('paymentStatus') === 'awaiting_payment') return reply(200, orderPage([], 0));
      return reply(
        200,
        orderPage([
          orderSummary(),
          orderSummary({ id: 'ord_2', number: 1002, customerName: 'Grace Hopper' }),
        ]),
      );
    },
    'GET /admin/returns': () =>
      reply(200, returnPage([], { requested: 3, approved: 0, received: 0, refunded: 0, refused: 0 })),
    'GET /admin/threads': () => reply(200, threadPage([], { open: 7, pending: 1, closed: 0 })),
    'GET /admin/inventory': () => reply(200, { items: [lowMug()], total: 1, nextCursor: null }),
    ...overrides,
  });
}

function statsRequests(sent: SentRequest[]) {
  return sent.filter((request) => request.path.startsWith('/admin/stats/'));
}

function kpi(label: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Key figures' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((candidate) => candidate.querySelector('.ad-kpi__label')?.textContent === label);
  if (!item) throw new Error(`No key figure "${label}"`);
  return item;
}

describe('dashboard', () => {
  it('shows the key figures of the last 30 days with their change against the previous period', async () => {
    const { sent } = dashboardApi();
    renderApp('/', { signedIn: true });
    await screen.findByRole('list', { name: 'Key figures' });

    expect(kpi('Net revenue')).toHaveTextContent('1500.00 EUR');
    expect(kpi('Net revenue')).toHaveTextContent('up 25 % vs previous 30 days');
    expect(kpi('Orders')).toHaveTextContent('down 20 % vs previous 30 days');
    expect(kpi('Refunds')).toHaveTextContent('100.00 EUR');
    expect(kpi('Refunds')).toHaveTextContent('— nothing in the previous 30 days to compare with');
    expect(kpi('Abandoned carts')).toHaveTextContent('980.00 EUR left in them');
    expect(kpi('Abandoned carts')).toHaveTextContent('up 25 % vs previous 30 days');
    // More abandoned carts is bad news: shown in the "bad" colour, the words say the same either way.
    expect(kpi('Abandoned carts').querySelector('.ad-kpi__change')).toHaveClass('ad-kpi__change--bad');
    expect(kpi('Net revenue').querySelector('.ad-kpi__change')).toHaveClass('ad-kpi__change--good');
    expect(kpi('Conversion rate')).toHaveTextContent('10%');

    const summary = sent.find((request) => request.path === '/admin/stats/summary');
    expect(new URLSearchParams(summary?.search)).toEqual(
      new URLSearchParams('from=2026-10-26&to=2026-11-24'),
    );
    const sales = sent.find((request) => request.path === '/admin/stats/sales');
    expect(new URLSearchParams(sales?.search).get('interval')).toBe('day');
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');

    // The chart's figures are readable as a table too.
    const table = await screen.findByRole('table', { name: 'Sales per period' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: 'Sales per period' })).toBeVisible();

    const bestSellers = await screen.findByRole('table', { name: 'Best sellers by revenue' });
    expect(within(bestSellers).getAllByRole('row')[1]).toHaveTextContent(/Linen shirt12600\.00 EUR/);
    const best = sent.find((request) => request.path === '/admin/stats/best-sellers');
    expect(new URLSearchParams(best?.search).get('limit')).toBe('5');
    expect(new URLSearchParams(best?.search).get('by')).toBe('revenue');
    expect(screen.getByRole('link', { name: 'All best sellers' })).toHaveAttribute(
      'href',
      '/statistics/best-sellers?from=2026-10-26&to=2026-11-24',
    );
  });

  it('changes the period with a preset, in the requests and in the address', async () => {
    const { sent } = dashboardApi();
    const { router } = renderApp('/', { signedIn: true });
    await screen.findByRole('list', { name: 'Key figures' });

    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-11-18&to=2026-11-24'));
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(kpi('Orders')).toHaveTextContent('vs previous 7 days'));
    expect(
      statsRequests(sent).some(
        (request) => request.path === '/admin/stats/summary' && request.search.includes('from=2026-11-18'),
      ),
    ).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'This year' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-11-24'));
    await waitFor(() =>
      expect(
        statsRequests(sent).some(
          (request) => request.path === '/admin/stats/sales' && request.search.includes('interval=week'),
        ),
      ).toBe(true),
    );
  });

  it('reads the period from the address and refuses a custom range that ends before it starts', async () => {
    const { sent } = dashboardApi();
    const { router } = renderApp('/?from=2026-11-01&to=2026-11-10', { signedIn: true });
    await screen.findByRole('list', { name: 'Key figures' });
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-10');
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'false');

    const requestsBefore = statsRequests(sent).length;
    await userEvent.clear(screen.getByLabelText('From'));
    await userEvent.type(screen.getByLabelText('From'), '2026-11-20');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The end date must be on or after the start date.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=2026-11-01&to=2026-11-10');
    expect(statsRequests(sent)).toHaveLength(requestsBefore);

    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.type(screen.getByLabelText('To'), '2026-11-22');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-11-20&to=2026-11-22'));
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid');
  });

  it('counts what needs attention, with links to the filtered lists, and shows recent orders and low stock', async () => {
    const { sent } = dashboardApi();
    renderApp('/', { signedIn: true });
    const attention = await screen.findByRole('region', { name: 'Needs attention' });
    const link = (name: RegExp) => within(attention).getByRole('link', { name });
    await waitFor(() => expect(link(/^Orders to ship/)).toHaveTextContent('4'));
    expect(link(/^Orders to ship/)).toHaveAttribute(
      'href',
      '/orders?status=confirmed&fulfillment=unfulfilled',
    );
    expect(link(/^Payments to capture/)).toHaveTextContent('2');
    expect(link(/^Payments to capture/)).toHaveAttribute('href', '/orders?payment=authorized');
    expect(link(/^Awaiting payment/)).toHaveTextContent('0');
    expect(link(/^Returns to handle/)).toHaveTextContent('3');
    expect(link(/^Returns to handle/)).toHaveAttribute('href', '/returns?status=requested');
    expect(link(/^Open messages/)).toHaveTextContent('7');
    expect(link(/^Open messages/)).toHaveAttribute('href', '/messages?status=open');
    const toShip = sent.find((request) => request.search.includes('fulfillmentStatus=unfulfilled'));
    expect(new URLSearchParams(toShip?.search)).toEqual(
      new URLSearchParams('status=confirmed&fulfillmentStatus=unfulfilled&limit=1'),
    );

    const recent = screen.getByRole('region', { name: 'Recent orders' });
    expect(await within(recent).findByRole('link', { name: 'Order #1002' })).toHaveAttribute(
      'href',
      '/orders/ord_2',
    );
    const lowStock = screen.getByRole('region', { name: 'Low stock' });
    expect(await within(lowStock).findByText(/MUG-1 · 2 in stock/)).toBeInTheDocument();
    expect(within(lowStock).getByRole('link', { name: 'All low stock' })).toHaveAttribute(
      'href',
      '/inventory?lowStock=true',
    );
  });

  it('keeps the other cards when one fails, and says when a period has no orders', async () => {
    // A server error is retried twice (with back-off) before the card shows it: hence the longer waits.
    dashboardApi({
      'GET /admin/stats/sales': (request) => reply(200, salesSeries(request.search, [0])),
      'GET /admin/stats/best-sellers': () => reply(500, { code: 'internal_error', status: 500 }),
    });
    renderApp('/', { signedIn: true });
    const sales = await screen.findByRole('region', { name: 'Sales' });
    expect(
      await within(sales).findByRole('heading', { name: 'No orders in this period' }),
    ).toBeInTheDocument();
    const best = screen.getByRole('region', { name: 'Best sellers' });
    expect(await within(best).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Could not load the best sellers',
    );
    expect(screen.getByRole('list', { name: 'Key figures' })).toBeInTheDocument();
  }, 15_000);

  it('shows an employee without statistics the welcome card and what they may handle, without asking for figures', async () => {
    const { sent } = dashboardApi();
    renderApp('/', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('heading', { name: 'Welcome, Grace' })).toBeInTheDocument();
    const attention = screen.getByRole('region', { name: 'Needs attention' });
    await waitFor(() =>
      expect(within(attention).getByRole('link', { name: /^Open messages/ })).toHaveTextContent('7'),
    );
    expect(within(attention).getByRole('link', { name: /^Orders to ship/ })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Key figures' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Period' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(statsRequests(sent)).toEqual([]);
  });

  it("counts the days in the store's time zone from the statistics when the settings are out of reach", async () => {
    // 23:30 UTC on the 24th is already the 25th in Paris.
    vi.setSystemTime(new Date('2026-11-24T23:30:00Z'));
    const { sent } = dashboardApi();
    const analyst = {
      ...customerServiceEmployee,
      role: 'analyst',
      roleName: 'Analyst',
      permissions: ['stats:read', 'catalog:read', 'orders:read', 'customers:read'] as const,
    };
    renderApp('/', { signedIn: true, employee: { ...analyst, permissions: [...analyst.permissions] } });
    await waitFor(() =>
      expect(
        statsRequests(sent).some(
          (request) => request.path === '/admin/stats/summary' && request.search.includes('to=2026-11-25'),
        ),
      ).toBe(true),
    );
    expect(await screen.findByText("Days in the store's time zone (Europe/Paris).")).toBeInTheDocument();
    expect(sent.some((request) => request.path === '/admin/settings')).toBe(false);
  });

  it('shows no attention list to an employee who may see none of it', async () => {
    const { sent } = dashboardApi();
    renderApp('/', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['settings:read'] },
    });
    expect(await screen.findByRole('heading', { name: 'Welcome, Grace' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });
});
