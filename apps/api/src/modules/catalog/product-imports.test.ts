import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  categoryHandle,
  csvOf,
  type ImportShop,
  openImportShop,
  type Product,
  type Row,
} from '../../../test/product-import-fixtures';
import { productCsvColumns } from './product-csv';
import type { ProductImport } from './product-imports.schemas';

let shop: ImportShop;
let ctx: ImportShop['ctx'];
let manager: ImportShop['manager'];
let analyst: ImportShop['analyst'];
let upload: ImportShop['upload'];
let productByHandle: ImportShop['productByHandle'];
let eventsOf: ImportShop['eventsOf'];
let productCount: ImportShop['productCount'];
let exportCsv: ImportShop['exportCsv'];

beforeAll(async () => {
  shop = await openImportShop();
  ({ ctx, manager, analyst, upload, productByHandle, eventsOf, productCount, exportCsv } = shop);
});
afterAll(async () => ctx.close());

const tee: Row[] = [
  {
    handle: 'linen-shirt',
    title: 'Linen shirt',
    description: 'Light, "breathable", with commas, and\na second line.',
    status: 'active',
    tags: 'summer|linen',
    categories: 'shirts',
    option1_name: 'Size',
    option1_value: 'S',
    option2_name: 'Color',
    option2_value: 'White',
    sku: 'LIN-S-W',
    price: '49.90',
    compare_at_price: '59.9',
    stock: '12',
    weight_grams: '250',
    barcode: '3760000000017',
    track_inventory: 'true',
    allow_backorder: 'false',
  },
  {
    handle: 'linen-shirt',
    option1_value: 'M',
    option2_value: 'White',
    sku: 'LIN-M-W',
    price: '1990',
    stock: '3',
  },
  { handle: 'linen-shirt', option1_value: 'M', option2_value: 'Blue', sku: 'LIN-M-B', price: '0.05' },
];

describe('product import', () => {
  it('creates products and variants: options, prices to the cent, stock through the ledger', async () => {
    const result = await upload(
      csvOf([
        ...tee,
        {
          handle: 'cap',
          title: '-50% cap',
          sku: 'CAP-1',
          price: '10',
          track_inventory: 'FALSE',
          allow_backorder: 'true',
        },
      ]),
    );
    expect(result, JSON.stringify(result.errors)).toMatchObject({
      status: 'succeeded',
      dryRun: false,
      rowsTotal: 4,
      rowsProcessed: 4,
      products: { created: 2, updated: 0 },
      variants: { created: 4, updated: 0 },
      errors: [],
      errorCount: 0,
    });
    expect(result.finishedAt).not.toBeNull();
    expect(shop.cacheClears()).toBe(1);
    expect(await eventsOf('product.created', 'linen-shirt')).toBe(1);
    expect(await eventsOf('product.created', 'cap')).toBe(1);
    const shirt = await productByHandle('linen-shirt');
    expect(shirt).toMatchObject({
      title: 'Linen shirt',
      description: 'Light, "breathable", with commas, and\na second line.',
      status: 'active',
      tags: ['summer', 'linen'],
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Color', values: ['White', 'Blue'] },
      ],
    });
    expect(shirt?.categoryIds).toHaveLength(1);
    expect(shirt?.variants.map((v) => [v.sku, v.options, v.price, v.compareAtPrice, v.stockOnHand])).toEqual([
      ['LIN-S-W', { Size: 'S', Color: 'White' }, 4990, 5990, 12],
      ['LIN-M-W', { Size: 'M', Color: 'White' }, 199000, null, 3],
      ['LIN-M-B', { Size: 'M', Color: 'Blue' }, 5, null, 0],
    ]);
    expect(shirt?.variants[0]).toMatchObject({ weightGrams: 250, barcode: '3760000000017' });
    const cap = await productByHandle('cap');
    expect(cap).toMatchObject({ title: '-50% cap', status: 'draft', options: [] });
    expect(cap?.variants[0]).toMatchObject({ trackInventory: false, allowBackorder: true, price: 1000 });
    const ledger = await ctx.database.db.execute<{
      sku: string;
      delta: number;
      reason: string;
      note: string;
    }>(sql`
      select v.sku, m.delta, m.reason, m.note from stock_movements m join product_variants v on v.id = m.variant_id
      where v.sku like 'LIN-%' order by m.id`);
    expect(ledger.rows).toEqual([
      { sku: 'LIN-S-W', delta: 12, reason: 'adjusted', note: 'CSV import' },
      { sku: 'LIN-M-W', delta: 3, reason: 'adjusted', note: 'CSV import' },
    ]);
  });

  it('updates products matched by handle and variants matched by SKU, adds new ones, deletes nothing', async () => {
    const before = await productByHandle('linen-shirt');
    const result = await upload(
      csvOf([
        { ...tee[0], title: 'Linen shirt II', status: 'archived', tags: 'linen', stock: '7', price: '45.00' },
        // LIN-M-W is left out: it is kept as it is.
        {
          handle: 'linen-shirt',
          option1_value: 'L',
          option2_value: 'White',
          sku: 'LIN-L-W',
          price: '49.90',
          stock: '2',
        },
      ]),
    );
    expect(result, JSON.stringify(result.errors)).toMatchObject({
      status: 'succeeded',
      products: { created: 0, updated: 1 },
      variants: { created: 1, updated: 1 },
    });
    const after = await productByHandle('linen-shirt');
    expect(after?.id).toBe(before?.id);
    expect(after).toMatchObject({ title: 'Linen shirt II', status: 'archived', tags: ['linen'] });
    expect(after?.version).toBeGreaterThan(before?.version ?? 0);
    expect(await eventsOf('product.updated', 'linen-shirt')).toBe(1);
    expect(after?.options).toEqual([
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Color', values: ['White', 'Blue'] },
    ]);
    const bySku = new Map(after?.variants.map((v) => [v.sku, v]));
    expect(bySku.get('LIN-S-W')).toMatchObject({ id: before?.variants[0]?.id, price: 4500, stockOnHand: 7 });
    expect(bySku.get('LIN-M-W')).toMatchObject({ price: 199000, stockOnHand: 3 });
    expect(bySku.get('LIN-L-W')).toMatchObject({ price: 4990, stockOnHand: 2 });
    const ledger = await ctx.database.db.execute<{ delta: number; reason: string }>(sql`
      select m.delta, m.reason from stock_movements m join product_variants v on v.id = m.variant_id
      where v.sku = 'LIN-S-W' order by m.id`);
    expect(ledger.rows.map((row) => row.delta)).toEqual([12, -5]);
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const count = await productCount();
    const result = await upload(
      csvOf([
        { handle: 'dry-one', title: 'Dry', sku: 'DRY-1', price: '1.00' },
        { ...tee[0], title: 'Changed in a dry run' },
        // A spreadsheet's blank row: skipped.
        {},
      ]),
      { dryRun: true },
    );
    expect(result).toMatchObject({
      status: 'succeeded',
      dryRun: true,
      rowsTotal: 2,
      rowsProcessed: 2,
      products: { created: 1, updated: 1 },
      variants: { created: 1, updated: 1 },
      errorCount: 0,
    });
    expect(await productCount()).toBe(count);
    expect((await productByHandle('linen-shirt'))?.title).toBe('Linen shirt II');
    expect(shop.cacheClears()).toBe(2);
    expect(await eventsOf('product.created', 'dry-one')).toBe(0);
  });

  it('reports every error with its line and column, and writes nothing', async () => {
    const count = await productCount();
    const result = await upload(
      csvOf([
        { handle: 'bad-one', title: 'Bad', sku: 'BAD-1', price: '12.345', categories: 'no-such-category' },
        {
          handle: 'bad-two',
          title: 'Two',
          option1_name: 'Size',
          option1_value: 'S',
          sku: 'BAD-2',
          price: '1',
        },
        { handle: 'bad-two', title: 'Other title', option1_value: 'M', sku: 'BAD-2', price: '1' },
        { handle: 'bad-three', title: 'Three', sku: 'LIN-S-W', price: '1', status: 'published' },
        { handle: 'bad-four', title: 'Four', sku: 'BAD-4', price: 'abc', stock: '-1' },
        { handle: 'bad-one', sku: 'BAD-1B', price: '1' },
        { handle: 'bad-five', title: 'Five', option1_name: 'Size', sku: 'BAD-5', price: '1' },
      ]),
    );
    expect(result.status).toBe('failed');
    expect(result.products).toEqual({ created: 0, updated: 0 });
    const found = result.errors.map((error) => [error.row, error.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, 'price'],
        [2, 'categories'],
        [4, 'title'],
        [4, 'sku'],
        [5, 'sku'],
        [5, 'status'],
        [6, 'price'],
        [6, 'stock'],
        [7, 'handle'],
        [8, 'option1_value'],
      ]),
    );
    expect(result.errorCount).toBe(result.errors.length);
    expect(result.errors.find((error) => error.row === 4 && error.column === 'sku')?.message).toContain(
      'line 3',
    );
    expect(result.errors.find((error) => error.row === 5 && error.column === 'sku')?.message).toContain(
      'linen-shirt',
    );
    expect(await productCount()).toBe(count);
  });

  it('refuses a file without a required column (line 1, the column named)', async () => {
    const columns = [...productCsvColumns.filter((column) => column !== 'price'), 'colour'];
    const result = await upload(csvOf([{ handle: 'no-price', title: 'No price', sku: 'NP-1' }], columns));
    expect(result).toMatchObject({ status: 'failed', rowsTotal: 1 });
    expect(result.errors).toContainEqual({ row: 1, column: 'price', message: 'Missing required column.' });
    expect(result.errors).toContainEqual({
      row: 1,
      column: 'colour',
      message: expect.stringContaining('Unknown'),
    });
  });

  it('is all-or-nothing: an error on the last row leaves the first rows unwritten', async () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, index) => ({
      handle: `batch-${index}`,
      title: `Batch ${index}`,
      sku: `BATCH-${index}`,
      price: '5.00',
    }));
    rows.push({ handle: 'batch-last', title: 'Last', sku: 'BATCH-LAST', price: '5,00' });
    const result = await upload(csvOf(rows));
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([{ row: 32, column: 'price', message: expect.any(String) }]);
    expect(await productByHandle('batch-0')).toBeUndefined();
  });

  it('needs catalog:write to import (an analyst may export)', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/admin/product-imports',
      headers: { ...analyst, 'content-type': 'text/csv' },
      payload: csvOf(tee),
    });
    expect(response.statusCode).toBe(403);
    const list = await ctx.app.inject({ method: 'GET', url: '/admin/product-imports', headers: analyst });
    expect(list.statusCode).toBe(403);
    const exported = await ctx.app.inject({
      method: 'GET',
      url: '/admin/products/export.csv',
      headers: analyst,
    });
    expect(exported.statusCode).toBe(200);
  });

  it('refuses a body that is not CSV (415)', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/admin/product-imports',
      headers: manager,
      payload: { rows: [] },
    });
    expect(response.statusCode).toBe(415);
  });

  it('replays a request repeated with the same Idempotency-Key and file', async () => {
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/admin/product-imports?dryRun=true',
        headers: { ...manager, 'content-type': 'text/csv', 'idempotency-key': 'import-once' },
        payload: csvOf(tee),
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode, first.body).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<ProductImport>().id).toBe(first.json<ProductImport>().id);
  });

  it('lists imports newest first', async () => {
    const first = await ctx.app.inject({
      method: 'GET',
      url: '/admin/product-imports?limit=2',
      headers: manager,
    });
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<{ items: ProductImport[]; nextCursor: string | null }>();
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.id.localeCompare(page.items[1]?.id ?? '')).toBe(1);
    expect(page.nextCursor).not.toBeNull();
    const next = await ctx.app.inject({
      method: 'GET',
      url: `/admin/product-imports?limit=2&cursor=${page.nextCursor}`,
      headers: manager,
    });
    expect(next.json<{ items: ProductImport[] }>().items[0]?.id.localeCompare(page.items[1]?.id ?? '')).toBe(
      -1,
    );
  });
});

describe('product export', () => {
  it('streams every variant with the header, and re-imports unchanged', async () => {
    const { body, headers } = await exportCsv();
    expect(headers['content-type']).toMatch(/^text\/csv/);
    expect(headers['content-disposition']).toMatch(
      /^attachment; filename="products-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(productCsvColumns.join(','));
    const variants = await ctx.database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from product_variants`,
    );
    // (The description's line break is a lone \n inside quotes; records end with \r\n.)
    expect(lines.filter(Boolean)).toHaveLength((variants.rows[0]?.count ?? 0) + 1);
    expect(body).toContain(`'-50% cap`);
    expect(body).toContain(categoryHandle);

    const shirtBefore = await productByHandle('linen-shirt');
    const capBefore = await productByHandle('cap');
    const result = await upload(body);
    expect(result, JSON.stringify(result.errors)).toMatchObject({
      status: 'succeeded',
      products: { created: 0, updated: await productCount() },
      variants: { created: 0, updated: variants.rows[0]?.count },
      errorCount: 0,
    });
    const strip = (product: Product | undefined) => ({ ...product, version: 0, updatedAt: null });
    expect(strip(await productByHandle('linen-shirt'))).toEqual(strip(shirtBefore));
    expect(strip(await productByHandle('cap'))).toEqual(strip(capBefore));
    expect((await exportCsv()).body).toBe(body);
  });

  it('applies the list filters', async () => {
    const archived = (await exportCsv('?status=archived')).body;
    expect(archived).toContain('\r\nlinen-shirt,');
    expect(archived).not.toContain('\r\ncap,');
    const searched = (await exportCsv('?q=cap')).body;
    expect(searched).toContain('\r\ncap,');
    expect(searched).not.toContain('linen-shirt');
  });
});
