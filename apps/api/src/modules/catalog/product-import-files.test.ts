import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf, type ImportShop, openImportShop, type Row } from '../../../test/product-import-fixtures';
import { parseDecimalAmount } from './product-csv';
import { spoolUpload } from './product-import-upload';

let shop: ImportShop;
let ctx: ImportShop['ctx'];
let manager: ImportShop['manager'];
let upload: ImportShop['upload'];
let productByHandle: ImportShop['productByHandle'];

beforeAll(async () => {
  shop = await openImportShop();
  ({ ctx, manager, upload, productByHandle } = shop);
});
afterAll(async () => ctx.close());

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
