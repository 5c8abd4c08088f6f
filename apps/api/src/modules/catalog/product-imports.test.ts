import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { csvRecord } from '../../shared/csv';
import { runDueJobs } from '../jobs';
import { parseDecimalAmount, productCsvColumns } from './product-csv';
import { spoolUpload } from './product-import-upload';
import type { ProductImport } from './product-imports.schemas';
import { productImportTasks } from './product-imports.service';

let ctx: TestContext;
let manager: { authorization: string };
let analyst: { authorization: string };
let categoryHandle: string;
let cacheClears = 0;

beforeAll(async () => {
  ctx = await buildTestApp({ config: { webhooks: { allowPrivateNetworks: true } } });
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  const owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
  // An endpoint subscribed to product events, so that the import's events are recorded (never delivered here).
  const endpoint = await ctx.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: 'http://127.0.0.1:9/hooks', events: ['product.created', 'product.updated'] },
  });
  expect(endpoint.statusCode, endpoint.body).toBe(201);
  analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
  const category = await ctx.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: manager,
    payload: { name: 'Shirts', handle: 'shirts' },
  });
  expect(category.statusCode, category.body).toBe(201);
  categoryHandle = 'shirts';
});
afterAll(async () => ctx.close());

type Row = Partial<Record<(typeof productCsvColumns)[number], string>>;

/** A CSV file with the export's header (or `columns`) and the rows given. */
function csvOf(rows: Row[], columns: readonly string[] = productCsvColumns): string {
  return [
    csvRecord(columns),
    ...rows.map((row) => csvRecord(columns.map((column) => row[column as keyof Row] ?? ''))),
  ].join('');
}

interface Product {
  id: string;
  handle: string;
  title: string;
  description: string | null;
  status: string;
  tags: string[];
  version: number;
  categoryIds: string[];
  options: { name: string; values: string[] }[];
  variants: {
    id: string;
    sku: string;
    options: Record<string, string>;
    price: number;
    compareAtPrice: number | null;
    stockOnHand: number;
    weightGrams: number | null;
    barcode: string | null;
    trackInventory: boolean;
    allowBackorder: boolean;
  }[];
}

async function upload(
  csv: string,
  options: { dryRun?: boolean; headers?: Record<string, string>; fetchImages?: boolean } = {},
): Promise<ProductImport> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/admin/product-imports?dryRun=${options.dryRun ?? false}&fileName=products.csv`,
    headers: { ...(options.headers ?? manager), 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
  expect(response.statusCode, response.body).toBe(202);
  const queued = response.json<ProductImport>();
  expect(queued).toMatchObject({ status: 'queued', fileName: 'products.csv', rowsProcessed: 0 });
  // The job as the worker runs it (graphile-worker, the queued `import_products` job).
  await runDueJobs(
    ctx.database.pool,
    productImportTasks({
      db: ctx.database.db,
      onCatalogChanged: () => (cacheClears += 1),
      ...(options.fetchImages ? { images: { media: ctx.app.media, allowPrivateNetworks: true } } : {}),
    }),
  );
  const done = await ctx.app.inject({
    method: 'GET',
    url: `/admin/product-imports/${queued.id}`,
    headers: manager,
  });
  expect(done.statusCode, done.body).toBe(200);
  return done.json<ProductImport>();
}

async function productByHandle(handle: string): Promise<Product | undefined> {
  const list = await ctx.app.inject({
    method: 'GET',
    url: `/admin/products?q=${encodeURIComponent(handle)}&limit=100`,
    headers: manager,
  });
  const match = list
    .json<{ items: { id: string; handle: string }[] }>()
    .items.find((p) => p.handle === handle);
  if (!match) return undefined;
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/admin/products/${match.id}`,
    headers: manager,
  });
  return response.json<Product>();
}

async function eventsOf(type: string, handle: string): Promise<number> {
  const result = await ctx.database.db.execute<{ count: number }>(
    sql`select count(*)::int as count from webhook_events where type = ${type} and data->>'handle' = ${handle}`,
  );
  return result.rows[0]?.count ?? 0;
}

async function productCount(): Promise<number> {
  const result = await ctx.database.db.execute<{ count: number }>(
    sql`select count(*)::int as count from products`,
  );
  return result.rows[0]?.count ?? 0;
}

async function exportCsv(query = ''): Promise<{ body: string; headers: Record<string, unknown> }> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/admin/products/export.csv${query}`,
    headers: manager,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.body, headers: response.headers };
}

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
    expect(cacheClears).toBe(1);
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
    expect(cacheClears).toBe(2);
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

describe('image_urls', () => {
  it('fetches the images of created products through the SSRF guard; a failing one is a warning', async () => {
    const png = await sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 10, b: 10 } },
    })
      .png()
      .toBuffer();
    const server = createServer((request, response) => {
      if (request.url === '/red.png') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(png);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await upload(
        csvOf([
          {
            handle: 'red-poster',
            title: 'Red poster',
            sku: 'POSTER-RED',
            price: '9.00',
            image_urls: `${base}/red.png|${base}/missing.png`,
          },
        ]),
        { fetchImages: true },
      );
      expect(result).toMatchObject({ status: 'succeeded', products: { created: 1 }, errorCount: 1 });
      expect(result.errors).toEqual([
        { row: 2, column: 'image_urls', message: expect.stringContaining('404') },
      ]);
      const poster = await ctx.app.inject({
        method: 'GET',
        url: `/admin/products/${(await productByHandle('red-poster'))?.id}`,
        headers: manager,
      });
      expect(poster.json<{ images: { width: number }[] }>().images).toMatchObject([{ width: 40 }]);
    } finally {
      server.close();
    }
  });

  it('copies a picture named by its store path (as the export writes it); other paths are warnings', async () => {
    const red = await productByHandle('red-poster');
    const stored = await ctx.app.inject({
      method: 'GET',
      url: `/admin/products/${red?.id}`,
      headers: manager,
    });
    const path = stored.json<{ images: { url: string }[] }>().images[0]?.url ?? '';
    expect(path).toMatch(/^\/media\//);
    const result = await upload(
      csvOf([
        {
          handle: 'red-poster-copy',
          title: 'Red poster (copy)',
          sku: 'POSTER-RED-COPY',
          price: '9.00',
          image_urls: `${path}|/media/products/not-a-picture.png|/media/../../etc/passwd`,
        },
      ]),
      { fetchImages: true },
    );
    expect(result).toMatchObject({ status: 'succeeded', products: { created: 1 }, errorCount: 2 });
    expect(result.errors).toEqual([
      { row: 2, column: 'image_urls', message: expect.stringContaining('No picture of the catalog') },
      { row: 2, column: 'image_urls', message: expect.stringContaining('No picture of the catalog') },
    ]);
    const copy = await ctx.app.inject({
      method: 'GET',
      url: `/admin/products/${(await productByHandle('red-poster-copy'))?.id}`,
      headers: manager,
    });
    const images = copy.json<{ images: { url: string; width: number }[] }>().images;
    expect(images).toMatchObject([{ width: 40 }]);
    expect(images[0]?.url).not.toBe(path); // a copy: deleting one product's picture leaves the other's
  });

  it('without image fetching, warns on each created product with image URLs and still succeeds', async () => {
    const result = await upload(
      csvOf([
        {
          handle: 'blue-poster',
          title: 'Blue',
          sku: 'POSTER-BLUE',
          price: '9',
          image_urls: 'https://example.com/a.png',
        },
      ]),
    );
    expect(result).toMatchObject({ status: 'succeeded', errorCount: 1 });
    expect(result.errors[0]).toMatchObject({ row: 2, column: 'image_urls' });
  });
});

describe('CSV cells', () => {
  it('reads decimal amounts into minor units without floats', () => {
    expect(parseDecimalAmount('19.90', 2)).toBe(1990);
    expect(parseDecimalAmount('19.9', 2)).toBe(1990);
    expect(parseDecimalAmount('1990', 2)).toBe(199000);
    expect(parseDecimalAmount('0.07', 2)).toBe(7);
    expect(parseDecimalAmount('1.005', 2)).toBeUndefined();
    expect(parseDecimalAmount('1,50', 2)).toBeUndefined();
    expect(parseDecimalAmount('-1.00', 2)).toBeUndefined();
    expect(parseDecimalAmount('1e3', 2)).toBeUndefined();
    expect(parseDecimalAmount('1990', 0)).toBe(1990);
    expect(parseDecimalAmount('19.9', 0)).toBeUndefined();
  });

  it('stops an upload over the limit with 413', async () => {
    await expect(spoolUpload(Readable.from([Buffer.alloc(10)]), 5)).rejects.toMatchObject({
      code: 'payload_too_large',
    });
  });
});

describe('large files', () => {
  it('imports 20 000 rows in one go, reporting progress up to rowsTotal', { timeout: 180_000 }, async () => {
    const rows: Row[] = [];
    for (let product = 0; product < 5000; product++) {
      for (let size = 0; size < 4; size++) {
        rows.push({
          handle: `bulk-${product}`,
          title: size === 0 ? `Bulk ${product}` : '',
          option1_name: size === 0 ? 'Size' : '',
          option1_value: ['XS', 'S', 'M', 'L'][size] ?? '',
          sku: `BULK-${product}-${size}`,
          price: `${product % 100}.${String(size).padStart(2, '0')}`,
          stock: String(size),
        });
      }
    }
    const started = Date.now();
    const result = await upload(csvOf(rows));
    expect(result, JSON.stringify(result.errors.slice(0, 5))).toMatchObject({
      status: 'succeeded',
      rowsTotal: 20_000,
      rowsProcessed: 20_000,
      products: { created: 5000, updated: 0 },
      variants: { created: 20_000, updated: 0 },
    });
    const elapsed = Date.now() - started;
    const sample = await productByHandle('bulk-4321');
    expect(sample?.variants.map((v) => [v.sku, v.price, v.stockOnHand])).toEqual([
      ['BULK-4321-0', 2100, 0],
      ['BULK-4321-1', 2101, 1],
      ['BULK-4321-2', 2102, 2],
      ['BULK-4321-3', 2103, 3],
    ]);
    expect(elapsed).toBeLessThan(170_000);
  });
});
