import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminProduct, NewProduct } from '../../features/products/api/product-types';
import { accessTokenStore } from '../../lib/access-token';
import { categoryTree, linenShirt } from '../../test/catalog-fixtures';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

async function addOption(name: string, values: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
  const names = screen.getAllByLabelText('Option name');
  await userEvent.type(names.at(-1) as HTMLElement, name);
  await userEvent.type(screen.getByLabelText(`Add a value to ${name}`), `${values}{Enter}`);
}

describe('product editor', () => {
  it('generates the variants matrix from the options and creates the product', async () => {
    let created: AdminProduct | undefined;
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'POST /admin/products': (request) => {
        const body = request.body as NewProduct;
        created = {
          ...linenShirt,
          id: 'prod_new',
          title: body.title,
          handle: 'linen-shirt',
          options: body.options,
          version: 1,
          variants: body.variants.map((variant, index) => ({
            ...linenShirt.variants[0],
            ...variant,
            id: `var_${index}`,
            title: Object.values(variant.options).join(' / '),
            compareAtPrice: null,
            weightGrams: null,
            barcode: null,
          })) as AdminProduct['variants'],
        };
        return reply(201, created);
      },
      'GET /admin/products/prod_new': () => reply(200, created),
    });
    const { router } = renderApp('/products/new', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'New product' })).toBeInTheDocument();
    expect(await screen.findByText('Save the product to add images.')).toBeInTheDocument();
    // Without options, one variant.
    expect(screen.getByLabelText('SKU of Default')).toHaveValue('');

    await userEvent.type(screen.getByLabelText(/^Title/), 'Linen shirt');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Shirts' }));
    await addOption('Size', 'S{Enter}M');
    await addOption('Color', 'Red,Blue');
    const rows = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rows).toEqual(['S / RedNew', 'S / BlueNew', 'M / RedNew', 'M / BlueNew']);
    expect(screen.getByLabelText('SKU of M / Blue')).toHaveValue('LINEN-SHIRT-M-BLUE');

    // A value removed takes its rows away; typed prices stay with their combination.
    await userEvent.type(screen.getByLabelText('Price of S / Red'), '49.90');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Blue from Color' }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    await userEvent.type(screen.getByLabelText('Add a value to Color'), 'Blue{Enter}');
    expect(screen.getByLabelText('Price of S / Red')).toHaveValue('49.90');
    for (const label of ['S / Blue', 'M / Red', 'M / Blue']) {
      await userEvent.type(screen.getByLabelText(`Price of ${label}`), '52');
    }

    await userEvent.click(screen.getByRole('button', { name: 'Create product' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Linen shirt' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products/prod_new');
    expect(screen.getByRole('status')).toHaveTextContent('Product created. You can now add images.');
    const body = sent.find((request) => request.method === 'POST')?.body as NewProduct;
    expect(body).toMatchObject({
      title: 'Linen shirt',
      status: 'draft',
      categoryIds: ['cat_2'],
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Color', values: ['Red', 'Blue'] },
      ],
    });
    expect(body.variants.map((variant) => [variant.sku, variant.options, variant.price])).toEqual([
      ['LINEN-SHIRT-S-RED', { Size: 'S', Color: 'Red' }, 4990],
      ['LINEN-SHIRT-S-BLUE', { Size: 'S', Color: 'Blue' }, 5200],
      ['LINEN-SHIRT-M-RED', { Size: 'M', Color: 'Red' }, 5200],
      ['LINEN-SHIRT-M-BLUE', { Size: 'M', Color: 'Blue' }, 5200],
    ]);
    // The saved product is the new starting point: nothing is left unsaved.
    expect(screen.getByText('All changes saved.')).toBeInTheDocument();
  });

  it('saves the general fields then the variants, each with its version, and shows a SKU error in its cell', async () => {
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () => reply(200, linenShirt),
      'PATCH /admin/products/prod_1': () =>
        reply(200, { ...linenShirt, title: 'Linen shirt v2', version: 8 }),
      'PUT /admin/products/prod_1/variants': () =>
        reply(400, {
          code: 'validation_failed',
          status: 400,
          title: 'Invalid request',
          errors: [{ path: 'body.variants.1.sku', message: 'This SKU is already used.' }],
        }),
    });
    renderApp('/products/prod_1', { signedIn: true });
    const title = await screen.findByLabelText(/^Title/);
    expect(screen.getByLabelText('Price of M')).toHaveValue('49.90');
    expect(screen.getByLabelText('Compare-at price of M')).toHaveValue('59.90');
    await userEvent.clear(title);
    await userEvent.type(title, 'Linen shirt v2');
    const sku = screen.getByLabelText('SKU of M');
    await userEvent.clear(sku);
    await userEvent.type(sku, 'LINEN-S');
    await userEvent.click(screen.getByRole('button', { name: 'Save product' }));

    expect(await screen.findByText('This SKU is already used.')).toBeInTheDocument();
    expect(screen.getByLabelText('SKU of M')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('SKU of M')).toHaveAccessibleDescription('This SKU is already used.');
    expect(screen.getByLabelText('SKU of S')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields');
    const patch = sent.find((request) => request.method === 'PATCH');
    const put = sent.find((request) => request.method === 'PUT');
    expect(patch?.body).toMatchObject({ version: 7, title: 'Linen shirt v2' });
    expect(put?.body).toMatchObject({
      version: 8,
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        { id: 'var_1', sku: 'LINEN-S', price: 4990, stockOnHand: 5, weightGrams: 200 },
        { id: 'var_2', sku: 'LINEN-S', price: 4990, compareAtPrice: 5990, barcode: '3760000000017' },
      ],
    });

    // Fixed and saved again: only the variants are left to send, with the version the PATCH returned.
    await userEvent.clear(screen.getByLabelText('SKU of M'));
    // Editing the cell hides its (now possibly outdated) error.
    expect(screen.queryByText('This SKU is already used.')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('SKU of M'), 'LINEN-M2');
    const before = sent.length;
    await userEvent.click(screen.getByRole('button', { name: 'Save product' }));
    await screen.findByText('This SKU is already used.');
    expect(
      sent
        .slice(before)
        .map((request) => `${request.method} ${(request.body as { version?: number })?.version}`),
    ).toEqual(['PUT 8']);
  });

  it('explains a version conflict and reloads the product on request', async () => {
    let loads = 0;
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () => {
        loads += 1;
        return reply(200, loads === 1 ? linenShirt : { ...linenShirt, title: 'Their title', version: 9 });
      },
      'PATCH /admin/products/prod_1': () =>
        reply(409, { code: 'version_conflict', status: 409, title: 'Conflict', detail: 'Stale version.' }),
    });
    renderApp('/products/prod_1', { signedIn: true });
    const title = await screen.findByLabelText(/^Title/);
    await userEvent.type(title, ' (mine)');
    await userEvent.click(screen.getByRole('button', { name: 'Save product' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This product changed elsewhere');
    expect(alert).toHaveTextContent('Someone else saved this product since you opened it.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the product' }));
    expect(await screen.findByDisplayValue('Their title')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('All changes saved.')).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, in the app and when closing the tab', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () => reply(200, linenShirt),
      'GET /admin/products': () => reply(200, { items: [], total: 0, nextCursor: null }),
    });
    const { router } = renderApp('/products/prod_1', { signedIn: true });
    await userEvent.type(await screen.findByLabelText(/^Title/), '!');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('link', { name: '← All products' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/products/prod_1');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Linen shirt!');

    await userEvent.click(screen.getByRole('link', { name: '← All products' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave and discard changes',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products');
  });

  it('previews the description as sanitised HTML', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () =>
        reply(200, {
          ...linenShirt,
          description: '**Soft** linen <img src=x onerror="alert(1)"><script>alert(2)</script>',
        }),
    });
    renderApp('/products/prod_1', { signedIn: true });
    await userEvent.click(await screen.findByRole('tab', { name: 'Preview' }));
    const panel = screen.getByRole('tabpanel');
    expect((await within(panel).findByText('Soft')).tagName).toBe('STRONG');
    expect(panel.querySelector('script')).toBeNull();
    expect(panel.querySelector('img')?.getAttribute('onerror')).toBeNull();
  });

  it('reorders images with the Move buttons and saves alt text', async () => {
    const image = (n: number) => ({
      id: `img_${n}`,
      url: `/media/products/img_${n}.png`,
      alt: null,
      width: 800,
      height: 600,
      position: n - 1,
      thumbnails: {
        small: `/media/products/img_${n}-320.webp`,
        medium: `/media/products/img_${n}-800.webp`,
        large: `/media/products/img_${n}-1600.webp`,
      },
    });
    let images = [image(1), image(2)];
    const { sent } = fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () => reply(200, { ...linenShirt, images }),
      'PUT /admin/products/prod_1/images/order': () => {
        images = [image(2), image(1)];
        return reply(200, { items: images });
      },
      'PATCH /admin/products/prod_1/images/img_2': () => reply(200, { ...image(2), alt: 'Folded' }),
    });
    renderApp('/products/prod_1', { signedIn: true });
    expect(await screen.findByRole('button', { name: 'Move Image 1 up' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move Image 2 up' }));
    await expect
      .poll(() => sent.find((request) => request.method === 'PUT')?.body)
      .toEqual({ imageIds: ['img_2', 'img_1'] });

    expect(await screen.findByText('Main image')).toBeInTheDocument();
    await expect
      .poll(() => document.querySelector('.ad-image img')?.getAttribute('src'))
      .toBe('/media/products/img_2-320.webp');
    await userEvent.type(screen.getByLabelText('Alt text of image 1'), 'Folded');
    await userEvent.click(screen.getAllByRole('button', { name: 'Save alt text' })[0] as HTMLElement);
    await expect
      .poll(() => sent.find((request) => request.method === 'PATCH')?.path)
      .toBe('/admin/products/prod_1/images/img_2');
    // Image changes are saved on their own: the product form has nothing unsaved.
    expect(screen.getByText('All changes saved.')).toBeInTheDocument();
  });

  it('shows a read-only product to an employee without catalog:write', async () => {
    fakeApi({
      'GET /admin/categories': () => reply(200, categoryTree),
      'GET /admin/products/prod_1': () => reply(200, linenShirt),
    });
    renderApp('/products/prod_1', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByLabelText(/^Title/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save product' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: '← All products' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
