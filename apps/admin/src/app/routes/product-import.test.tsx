import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply, type SentRequest } from '../../test/fake-api';
import { productImport, runningImport } from '../../test/product-import-fixtures';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const csv = 'handle,title,sku,price\nlinen-shirt,Linen shirt,LS-M,49.00\n';
const csvFile = () => new File([csv], 'catalog.csv', { type: 'text/csv' });
const queued = (id: string, dryRun: boolean) =>
  runningImport({ id, dryRun, status: 'queued', rowsTotal: null, rowsProcessed: 0 });
/** Long enough for a poll or two (every second). */
const polled = { timeout: 4000 };

const uploads = (sent: SentRequest[]) =>
  sent.filter((request) => request.method === 'POST' && request.path === '/admin/product-imports');
const dryRunOf = (request: SentRequest | undefined) =>
  new URLSearchParams(request?.search ?? '').get('dryRun');

/** Answers each `GET /admin/product-imports/:id` with the next state of that import, then keeps the last. */
function importStates(states: Record<string, ReturnType<typeof productImport>[]>) {
  const calls: Record<string, number> = {};
  return (request: SentRequest) => {
    const id = request.path.split('/').at(-1) ?? '';
    const list = states[id] ?? [];
    calls[id] = (calls[id] ?? 0) + 1;
    const state = list[Math.min(calls[id] - 1, list.length - 1)];
    return state ? reply(200, state) : reply(404, { code: 'not_found', title: 'Not found', status: 404 });
  };
}

async function chooseFile() {
  await userEvent.upload(await screen.findByLabelText('CSV file'), csvFile());
}

describe('product import', () => {
  it('explains the format, checks the file with a dry run and shows the progress, then the counts', async () => {
    const { sent } = fakeApi({
      'GET /admin/product-imports': () => reply(200, { items: [], total: 0, nextCursor: null }),
      'POST /admin/product-imports': () => reply(202, queued('pim_1', true)),
      'GET /admin/product-imports/pim_1': importStates({ pim_1: [runningImport(), productImport()] }),
    });
    const { router } = renderApp('/products/import', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Import products' })).toBeInTheDocument();
    expect(screen.getByText('Export your catalog to get a file in the right format')).toBeInTheDocument();
    expect(screen.getByText(/One row per variant/)).toBeInTheDocument();
    const columns = screen.getByRole('list', { name: /columns, in this order/ });
    expect(within(columns).getAllByRole('listitem')[0]).toHaveTextContent('handle');
    expect(within(columns).getAllByRole('listitem')).toHaveLength(21);
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('accept', '.csv,text/csv');
    expect(await screen.findByRole('heading', { name: 'No imports yet' })).toBeInTheDocument();

    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Check file (dry run)' }));

    expect(await screen.findByText('Checking the file: 1,000 of 3,000 rows checked.')).toBeInTheDocument();
    const progress = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(progress).toHaveAttribute('value', '1000');
    expect(progress).toHaveAttribute('max', '3000');
    const upload = uploads(sent)[0];
    expect(Object.fromEntries(new URLSearchParams(upload?.search ?? ''))).toEqual({
      dryRun: 'true',
      fileName: 'catalog.csv',
    });
    expect(upload?.contentType).toBe('text/csv');
    expect(upload?.authorization).toBe('Bearer test-token');
    expect(upload?.body).toBe(csv);
    expect(router.state.location.search).toBe('?import=pim_1');
    // The result takes the focus from the button that started it.
    expect(screen.getByRole('region', { name: 'Check of catalog.csv' })).toHaveFocus();

    expect(await screen.findByText('The file is ready to import', {}, polled)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Would create').nextElementSibling).toHaveTextContent('3 products, 10 variants');
    expect(screen.getByText('Would update').nextElementSibling).toHaveTextContent('2 products, 4 variants');
    expect(screen.getByRole('button', { name: 'Import this file' })).toBeInTheDocument();
  });

  it('imports the checked file as it is with “Import this file”', async () => {
    const warning = {
      row: 2,
      column: 'image_urls',
      message: 'Images are not fetched on import: upload them on the product.',
    };
    const applied = productImport({ id: 'pim_2', dryRun: false, errors: [warning], errorCount: 1 });
    const { sent } = fakeApi({
      'GET /admin/product-imports': () => reply(200, { items: [], total: 0, nextCursor: null }),
      'POST /admin/product-imports': (request) =>
        dryRunOf(request) === 'true' ? reply(202, queued('pim_1', true)) : reply(202, queued('pim_2', false)),
      'GET /admin/product-imports/pim_1': importStates({ pim_1: [productImport()] }),
      'GET /admin/product-imports/pim_2': importStates({
        pim_2: [
          runningImport({ id: 'pim_2', dryRun: false, status: 'applying', rowsProcessed: 2000 }),
          applied,
        ],
      }),
    });
    const { router } = renderApp('/products/import', { signedIn: true });
    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Check file (dry run)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import this file' }));

    expect(
      await screen.findByText('Writing the catalog: 2,000 of 3,000 rows processed.'),
    ).toBeInTheDocument();
    expect(uploads(sent).map(dryRunOf)).toEqual(['true', 'false']);
    expect(uploads(sent)[1]?.body).toBe(csv);
    expect(uploads(sent)[1]?.contentType).toBe('text/csv');
    expect(router.state.location.search).toBe('?import=pim_2');
    expect(await screen.findByText('Import finished', {}, polled)).toBeInTheDocument();
    expect(screen.getByText('Created').nextElementSibling).toHaveTextContent('3 products, 10 variants');
    expect(screen.queryByRole('button', { name: 'Import this file' })).not.toBeInTheDocument();
    // Warnings do not fail an import; they are listed all the same.
    expect(within(screen.getByRole('table', { name: 'Warnings' })).getAllByRole('row')[1]).toHaveTextContent(
      '2image_urlsImages are not fetched on import',
    );
  });

  it('lists the errors by line and column, the first 500, and says how many more there are', async () => {
    const errors = Array.from({ length: 500 }, (_, index) => ({
      row: index + 2,
      column: index === 1 ? null : 'price',
      message: index === 1 ? 'The option values repeat another variant.' : 'Not a price: “19,90”.',
    }));
    fakeApi({
      'GET /admin/product-imports': () => reply(200, { items: [], total: 0, nextCursor: null }),
      'GET /admin/product-imports/pim_3': () =>
        reply(200, productImport({ id: 'pim_3', status: 'failed', errors, errorCount: 742 })),
    });
    renderApp('/products/import?import=pim_3', { signedIn: true });
    expect(await screen.findByText('The file cannot be imported as it is')).toBeInTheDocument();
    expect(screen.getByText(/The file has 742 errors\. Nothing was changed/)).toBeInTheDocument();
    expect(
      screen.getByText('Showing the first 500 of 742 problems: 242 more are not listed.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Errors' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(501);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Line', 'Column', 'Message']);
    expect(rows[1]).toHaveTextContent('2priceNot a price: “19,90”.');
    expect(rows[2]).toHaveTextContent('3Whole rowThe option values repeat another variant.');
    expect(screen.queryByRole('button', { name: 'Import this file' })).not.toBeInTheDocument();
  });

  it('lists the recent imports with their status, counts, time and author', async () => {
    fakeApi({
      'GET /admin/product-imports': () =>
        reply(200, {
          items: [
            productImport({ id: 'pim_2', dryRun: false, fileName: 'spring.csv' }),
            productImport({ id: 'pim_1', status: 'failed', errorCount: 12, createdBy: null }),
          ],
          total: 2,
          nextCursor: null,
        }),
    });
    renderApp('/products/import', { signedIn: true });
    const table = await screen.findByRole('table', { name: 'Recent imports' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: /^spring\.csv/ })).toHaveAttribute(
      'href',
      '/products/import?import=pim_2',
    );
    expect(rows[0]).toHaveTextContent('Succeeded');
    expect(rows[0]).not.toHaveTextContent('Dry run');
    expect(rows[0]).toHaveTextContent('3 created, 2 updated');
    expect(rows[0]).toHaveTextContent('10 created, 4 updated');
    expect(rows[0]).toHaveTextContent('by Ada Lovelace');
    expect(rows[1]).toHaveTextContent('FailedDry run');
    expect(rows[1]).toHaveTextContent('12');
    expect(screen.getByText('Showing 2 of 2 imports')).toBeInTheDocument();
  });

  it('asks for a file first, and says when the upload is refused', async () => {
    const { sent } = fakeApi({
      'GET /admin/product-imports': () => reply(200, { items: [], total: 0, nextCursor: null }),
      'POST /admin/product-imports': () =>
        reply(415, {
          code: 'unsupported_media_type',
          title: 'Unsupported media type',
          status: 415,
          detail: 'Send the file as text/csv.',
        }),
    });
    renderApp('/products/import', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(/Choose a CSV file first\./);
    expect(screen.getByLabelText('CSV file')).toHaveFocus();
    expect(uploads(sent)).toEqual([]);

    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('The file was not uploaded')).toBeInTheDocument();
    expect(dryRunOf(uploads(sent)[0])).toBe('false');
  });

  it('is closed to employees without catalog:write', async () => {
    const { sent } = fakeApi({});
    renderApp('/products/import', { signedIn: true, employee: customerServiceEmployee });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/product-imports'))).toEqual([]);
  });
});
