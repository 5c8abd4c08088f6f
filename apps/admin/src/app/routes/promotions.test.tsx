import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { toDateTimeLocal } from '../../lib/format-date';
import { categoryTree, linenShirt, productSummary } from '../../test/catalog-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { promotion, validationProblem } from '../../test/pricing-fixtures';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const page = (items: ReturnType<typeof promotion>[]) => ({ items, total: items.length, nextCursor: null });

describe('promotions list', () => {
  it('says when there are no promotions yet', async () => {
    fakeApi({ 'GET /admin/promotions': () => reply(200, page([])) });
    renderApp('/promotions', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No promotions yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create promotion' })).toHaveAttribute('href', '/promotions/new');
  });

  it('lists promotions with their discount, usage, dates and status, filtered through the API', async () => {
    const { sent } = fakeApi({
      'GET /admin/promotions': () =>
        reply(
          200,
          page([
            promotion(),
            promotion({
              id: 'promo_2',
              name: 'Free shipping over 50',
              code: null,
              kind: 'free_shipping',
              value: 0,
              usageLimit: null,
              usageCount: 12,
              status: 'scheduled',
              startsAt: '2030-03-01T09:00:00.000Z',
            }),
            promotion({ id: 'promo_3', name: 'Five off', code: 'FIVE', kind: 'fixed_amount', value: 500 }),
            promotion({
              id: 'promo_4',
              name: 'Socks',
              code: 'SOCKS',
              kind: 'buy_x_get_y',
              value: 0,
              buyQuantity: 2,
              getQuantity: 1,
              status: 'inactive',
            }),
          ]),
        ),
    });
    const { router } = renderApp('/promotions?status=active', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Promotions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Spring saleSPRING1010 %3 / 5AlwaysActive');
    expect(rows[1]).toHaveTextContent(/Free shipping over 50AutomaticFree shipping12From .*2030Scheduled/);
    expect(rows[2]).toHaveTextContent('Five offFIVE5.00 EUR off');
    expect(rows[3]).toHaveTextContent('SocksSOCKSBuy 2 get 1');
    expect(rows[3]).toHaveTextContent('Inactive');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Spring sale' })).toHaveAttribute(
      'href',
      '/promotions/promo_1',
    );
    const listRequests = () => sent.filter((request) => request.path === '/admin/promotions');
    expect(listRequests()[0]?.search).toBe('?limit=25&status=active');
    expect(screen.getByLabelText('Status')).toHaveValue('active');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'expired');
    expect(router.state.location.search).toBe('?status=expired');
    await userEvent.type(screen.getByLabelText('Search promotions'), 'spring');
    await expect.poll(() => listRequests().at(-1)?.search).toBe('?limit=25&q=spring&status=expired');
  });

  it('is for employees with promotions:write only', async () => {
    const { sent } = fakeApi({});
    renderApp('/promotions', { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });
});

describe('promotion editor', () => {
  it('creates a code promotion with conditions, showing API errors on their fields', async () => {
    let attempt = 0;
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products': () => reply(200, { items: [productSummary(1)], total: 1, nextCursor: null }),
      'POST /admin/promotions': (request) => {
        attempt += 1;
        if (attempt === 1) {
          return reply(
            400,
            validationProblem([
              { path: 'name', message: 'Enter a name.' },
              { path: 'conditions.minSubtotal', message: 'This amount is too large.' },
            ]),
          );
        }
        if (attempt === 2) {
          return reply(409, {
            status: 409,
            title: 'Conflict',
            code: 'discount_code_taken',
            detail: 'Another promotion uses the code WELCOME.',
          });
        }
        return reply(201, promotion({ id: 'promo_9', ...(request.body as object), usageCount: 0 }));
      },
      'GET /admin/promotions/promo_9': () => reply(200, promotion({ id: 'promo_9', code: 'WELCOME2' })),
    });
    const { router } = renderApp('/promotions/new', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'New promotion' });

    await userEvent.type(within(form).getByLabelText(/^Code/), 'welcome');
    expect(within(form).getByLabelText(/^Code/)).toHaveValue('WELCOME');
    // The kind decides which inputs show.
    expect(within(form).getByLabelText(/^Percentage off/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('radio', { name: /Fixed amount/ }));
    expect(within(form).queryByLabelText(/^Percentage off/)).not.toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText(/^Amount off/), '7.5');
    await userEvent.type(within(form).getByLabelText(/^Minimum subtotal/), '1000000.01');

    // Products come from a search of the catalog.
    const products = within(form).getByRole('group', { name: 'Products' });
    await userEvent.type(within(products).getByLabelText('Search products'), 'product');
    await userEvent.click(await within(products).findByRole('button', { name: 'Add Product 1' }));
    expect(within(products).getByRole('list', { name: 'Chosen products' })).toHaveTextContent('Product 1');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Shirts' }));
    await userEvent.click(within(form).getByLabelText('First order only'));
    await userEvent.type(within(form).getByLabelText('Total uses'), '100');
    await userEvent.type(within(form).getByLabelText('Uses per customer'), '1');
    await userEvent.type(within(form).getByLabelText('Starts'), '2030-03-01T09:00');
    await userEvent.click(within(form).getByRole('button', { name: 'Create promotion' }));

    expect(await within(form).findByText('Enter a name.')).toHaveClass('ct-field__error');
    expect(within(form).getByLabelText(/^Minimum subtotal/)).toHaveAccessibleDescription(
      'This amount is too large.',
    );
    expect(within(form).getByLabelText(/^Name/)).toHaveFocus();

    await userEvent.type(within(form).getByLabelText(/^Name/), 'Welcome');
    const minimum = within(form).getByLabelText(/^Minimum subtotal/);
    await userEvent.clear(minimum);
    await userEvent.type(minimum, '50');
    await userEvent.click(within(form).getByRole('button', { name: 'Create promotion' }));
    expect(await within(form).findByText('Another promotion uses the code WELCOME.')).toHaveClass(
      'ct-field__error',
    );

    await userEvent.type(within(form).getByLabelText(/^Code/), '2');
    await userEvent.click(within(form).getByRole('button', { name: 'Create promotion' }));
    expect(
      await screen.findByText(/Promotion created\. Customers can now use the code WELCOME2\./),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/promotions/promo_9');

    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(posts[2]?.body).toEqual({
      name: 'Welcome',
      code: 'WELCOME2',
      kind: 'fixed_amount',
      value: 750,
      buyQuantity: null,
      getQuantity: null,
      conditions: {
        minSubtotal: 5000,
        productIds: ['prod_1'],
        categoryIds: ['cat_2'],
        firstOrderOnly: true,
        customerIds: [],
      },
      startsAt: new Date('2030-03-01T09:00').toISOString(),
      endsAt: null,
      usageLimit: 100,
      perCustomerLimit: 1,
      combinable: true,
      active: true,
    });
  });

  it('checks numbers and dates before sending', async () => {
    const { sent } = fakeApi({ 'GET /admin/categories': () => reply(200, categoryTree) });
    renderApp('/promotions/new', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'New promotion' });
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Too precise');
    await userEvent.type(within(form).getByLabelText(/^Code/), 'X10');
    await userEvent.type(within(form).getByLabelText(/^Percentage off/), '10.555');
    await userEvent.type(within(form).getByLabelText('Starts'), '2030-03-02T09:00');
    await userEvent.type(within(form).getByLabelText('Ends'), '2030-03-01T09:00');
    await userEvent.type(within(form).getByLabelText('Total uses'), '0');
    await userEvent.click(within(form).getByRole('button', { name: 'Create promotion' }));
    expect(within(form).getByLabelText(/^Percentage off/)).toHaveAccessibleDescription(
      expect.stringContaining('Use at most 2 decimals.'),
    );
    expect(within(form).getByLabelText('Ends')).toHaveAccessibleDescription(
      'The end must be after the start.',
    );
    expect(within(form).getByLabelText('Total uses')).toHaveAccessibleDescription(
      expect.stringContaining('Enter at least 1.'),
    );
    expect(sent.some((request) => request.method === 'POST')).toBe(false);
  });

  it('edits a promotion with its version, shows its usage, and names the chosen products and customers', async () => {
    const saved = promotion({
      kind: 'buy_x_get_y',
      value: 0,
      buyQuantity: 3,
      getQuantity: 1,
      code: null,
      startsAt: '2030-03-01T09:00:00.000Z',
      conditions: {
        minSubtotal: { amount: 5000, currency: 'EUR' },
        productIds: ['prod_linen'],
        categoryIds: [],
        firstOrderOnly: false,
        customerIds: ['cus_1'],
      },
      version: 4,
    });
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/promotions/promo_1': () => reply(200, saved),
      'GET /admin/products/prod_linen': () => reply(200, { ...linenShirt, id: 'prod_linen' }),
      'GET /admin/customers/cus_1': () =>
        reply(200, {
          id: 'cus_1',
          email: 'jeanne@example.com',
          firstName: 'Jeanne',
          lastName: 'Baret',
          status: 'active',
          createdAt: '2025-01-01T00:00:00.000Z',
          addresses: [],
        }),
      'PATCH /admin/promotions/promo_1': (request) =>
        reply(200, { ...saved, ...(request.body as object), version: 5 }),
    });
    renderApp('/promotions/promo_1', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring sale' })).toBeInTheDocument();
    expect(screen.getByText(/Used 3 times of 5 · automatic/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Edit promotion Spring sale' });
    expect(within(form).getByRole('radio', { name: /Automatic/ })).toBeChecked();
    expect(within(form).queryByLabelText(/^Code/)).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/^Customers buy/)).toHaveValue('3');
    expect(within(form).getByLabelText(/^Minimum subtotal/)).toHaveValue('50.00');
    expect(within(form).getByLabelText('Starts')).toHaveValue(toDateTimeLocal('2030-03-01T09:00:00.000Z'));
    expect(
      await within(form).findByRole('button', { name: `Remove ${linenShirt.title}` }),
    ).toBeInTheDocument();
    expect(await within(form).findByRole('button', { name: 'Remove Jeanne Baret' })).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Remove Jeanne Baret' }));
    const getField = within(form).getByLabelText(/^And get free/);
    await userEvent.clear(getField);
    await userEvent.type(getField, '2');
    await userEvent.click(within(form).getByRole('button', { name: 'Save promotion' }));
    expect(await within(form).findByText('Promotion saved.')).toBeInTheDocument();
    expect(sent.find((request) => request.method === 'PATCH')?.body).toMatchObject({
      version: 4,
      code: null,
      kind: 'buy_x_get_y',
      buyQuantity: 3,
      getQuantity: 2,
      conditions: { productIds: ['prod_linen'], customerIds: [], minSubtotal: 5000 },
      startsAt: '2030-03-01T09:00:00.000Z',
    });
  });

  it('says when someone else saved first, and reloads', async () => {
    let version = 1;
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/promotions/promo_1': () =>
        reply(200, promotion({ version, name: version === 1 ? 'Spring sale' : 'Spring sale (edited)' })),
      'PATCH /admin/promotions/promo_1': () => {
        version = 2;
        return reply(409, {
          status: 409,
          title: 'Conflict',
          code: 'version_conflict',
          detail: 'The promotion changed.',
        });
      },
    });
    renderApp('/promotions/promo_1', { signedIn: true });
    const form = await screen.findByRole('form', { name: 'Edit promotion Spring sale' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save promotion' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload promotion' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Spring sale (edited)' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Spring sale (edited)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletes a promotion after confirmation and goes back to the list', async () => {
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/promotions/promo_1': () => reply(200, promotion()),
      'DELETE /admin/promotions/promo_1': () => reply(204),
      'GET /admin/promotions': () => reply(200, page([])),
    });
    const { router } = renderApp('/promotions/promo_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete promotion' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Spring sale”?' });
    expect(dialog).toHaveTextContent(
      'The code SPRING10 stops working at once. The 3 orders that used it keep their discount.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete promotion' }));
    expect(await screen.findByText('Promotion “Spring sale” deleted.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/promotions');
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      '/admin/promotions/promo_1',
    ]);
  });

  it('asks before leaving with unsaved changes', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/promotions/promo_1': () => reply(200, promotion()),
      'GET /admin/promotions': () => reply(200, page([promotion()])),
    });
    const { router } = renderApp('/promotions/promo_1', { signedIn: true });
    const name = await screen.findByLabelText(/^Name/);
    await userEvent.type(name, ' 2');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '← All promotions' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/promotions/promo_1');
    expect(name).toHaveValue('Spring sale 2');
    await userEvent.click(screen.getByRole('link', { name: '← All promotions' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave and discard changes',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Promotions' })).toBeInTheDocument();
  });

  it('says when the promotion does not exist', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/promotions/promo_x': () =>
        reply(404, { status: 404, title: 'Not found', code: 'not_found' }),
    });
    renderApp('/promotions/promo_x', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Promotion not found' })).toBeInTheDocument();
  });
});
