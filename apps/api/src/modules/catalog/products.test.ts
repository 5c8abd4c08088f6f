import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let manager: { authorization: string };
let categoryId: string;

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  categoryId = (
    await ctx.app.inject({
      method: 'POST',
      url: '/admin/categories',
      headers: manager,
      payload: { name: 'Tops' },
    })
  ).json().id;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: manager, payload });

const tee = (suffix: string) => ({
  title: `Linen tee ${suffix}`,
  description: 'Soft washed linen.',
  categoryIds: [categoryId],
  features: [{ name: 'Material', value: 'Linen' }],
  options: [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Color', values: ['Sand', 'Navy'] },
  ],
  variants: [
    { sku: `TEE-${suffix}-S-SAND`, options: { Size: 'S', Color: 'Sand' }, price: 2900, stockOnHand: 3 },
    { sku: `TEE-${suffix}-M-SAND`, options: { Size: 'M', Color: 'Sand' }, price: 2900, stockOnHand: 0 },
    {
      sku: `TEE-${suffix}-M-NAVY`,
      options: { Size: 'M', Color: 'Navy' },
      price: 3400,
      compareAtPrice: 3900,
      stockOnHand: 0,
      allowBackorder: true,
    },
  ],
});

describe('products', () => {
  it('creates a product with options, variants, categories and features, in integer minor units', async () => {
    const created = await call('POST', '/admin/products', tee('A'));
    expect(created.statusCode, created.body).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({
      handle: 'linen-tee-a',
      status: 'draft',
      currency: 'EUR',
      categoryIds: [categoryId],
      features: [{ name: 'Material', value: 'Linen' }],
      version: 1,
    });
    expect(product.variants.map((v: { title: string; price: number }) => [v.title, v.price])).toEqual([
      ['S / Sand', 2900],
      ['M / Sand', 2900],
      ['M / Navy', 3400],
    ]);
    expect(product.id).toMatch(/^prod_/);
    const listed = (await call('GET', '/admin/products?q=tee%20a')).json();
    expect(listed.items[0]).toMatchObject({ id: product.id, variantCount: 3, stockOnHand: 3 });
  });

  it('reports every invalid variant by field, and refuses taken SKUs and handles', async () => {
    const invalid = await call('POST', '/admin/products', {
      ...tee('B'),
      variants: [
        { sku: 'TEE-B-1', options: { Size: 'XL', Color: 'Sand' }, price: 2900 },
        { sku: 'tee-b-1', options: { Size: 'S' }, price: -5 },
        { sku: 'TEE-A-S-SAND', options: { Size: 'S', Color: 'Navy' }, price: 2.5 },
      ],
    });
    expect(invalid.statusCode).toBe(400);
    const paths = invalid.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['variants.1.price', 'variants.2.price']));

    const semantic = await call('POST', '/admin/products', {
      ...tee('B'),
      variants: [
        { sku: 'TEE-B-1', options: { Size: 'XL', Color: 'Sand' }, price: 2900 },
        { sku: 'tee-b-1', options: { Size: 'S', Color: 'Sand' }, price: 2900 },
        { sku: 'TEE-A-S-SAND', options: { Size: 'S', Color: 'Sand' }, price: 2900 },
      ],
    });
    expect(semantic.statusCode).toBe(400);
    expect(
      semantic
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['variants.0.options', 'variants.1.sku', 'variants.2.options', 'variants.2.sku']);
    const twiceTheSameFeature = await call('POST', '/admin/products', {
      ...tee('C'),
      features: [
        { name: 'Material', value: 'Linen' },
        { name: 'Material', value: 'Cotton' },
      ],
    });
    expect(twiceTheSameFeature.statusCode).toBe(400);
    expect(twiceTheSameFeature.json().errors[0].path).toBe('features');
    const duplicateHandle = await call('POST', '/admin/products', { ...tee('C'), handle: 'linen-tee-a' });
    expect(duplicateHandle.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'handle' }] });
  });

  it('updates at the version the editor read, and refuses a stale one with 409', async () => {
    const product = (await call('POST', '/admin/products', tee('D'))).json();
    const first = await call('PATCH', `/admin/products/${product.id}`, {
      version: 1,
      title: 'Linen tee, washed',
    });
    expect(first.json()).toMatchObject({ title: 'Linen tee, washed', version: 2 });
    const stale = await call('PATCH', `/admin/products/${product.id}`, { version: 1, title: 'Overwrite' });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `/admin/products/${product.id}`)).json().title).toBe('Linen tee, washed');
  });

  it('shows only active products to the storefront, with availability per variant', async () => {
    const product = (await call('POST', '/admin/products', tee('E'))).json();
    const storeUrl = `/store/products/${product.handle}`;
    expect((await ctx.app.inject({ method: 'GET', url: storeUrl })).statusCode).toBe(404);
    const activated = await call('PATCH', `/admin/products/${product.id}`, {
      version: product.version,
      status: 'active',
    });
    expect(activated.statusCode, activated.body).toBe(200);
    const page = await ctx.app.inject({ method: 'GET', url: storeUrl });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.variants.map((v: { title: string; available: boolean }) => [v.title, v.available])).toEqual([
      ['S / Sand', true],
      ['M / Sand', false],
      ['M / Navy', true],
    ]);
    expect(body.price).toEqual({
      min: { amount: 2900, currency: 'EUR' },
      max: { amount: 3400, currency: 'EUR' },
    });
    expect(body.variants[2].compareAtPrice).toEqual({ amount: 3900, currency: 'EUR' });
    expect(JSON.stringify(body)).not.toMatch(/stockOnHand|version/);
  });
});
