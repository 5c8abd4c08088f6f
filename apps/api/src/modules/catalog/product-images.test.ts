import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext, testConfig } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { multipartForm } from '../../../test/multipart';

let ctx: TestContext;
let manager: { authorization: string };
let analyst: { authorization: string };
let productId: string;
let handle: string;

interface Image {
  id: string;
  url: string;
  alt: string | null;
  width: number;
  height: number;
  position: number;
  thumbnails: { small: string; medium: string; large: string };
}

const png = (width: number, height: number, colour = '#336699') =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();

const form = multipartForm;

async function upload(parts: Parameters<typeof form>[0], headers = manager, id = productId) {
  const { payload, headers: formHeaders } = await form(parts);
  return ctx.app.inject({
    method: 'POST',
    url: `/admin/products/${id}/images`,
    headers: { ...headers, ...formHeaders },
    payload,
  });
}

const mediaPath = (url: string) => join(testConfig.media.dir, url.replace(/^\/media\//, ''));

beforeAll(async () => {
  ctx = await buildTestApp();
  manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/admin/products',
    headers: manager,
    payload: {
      title: 'Framed print',
      status: 'active',
      variants: [{ sku: 'PRINT-1', price: 4500, stockOnHand: 3 }],
    },
  });
  productId = created.json().id;
  handle = created.json().handle;
});
afterAll(async () => ctx.close());

describe('product images', () => {
  it('stores an upload with WebP renditions and serves them with long-lived caching', async () => {
    const response = await upload({
      file: { data: await png(2000, 1000), name: 'print.png', type: 'image/png' },
      alt: 'The print, framed',
    });
    expect(response.statusCode, response.body).toBe(201);
    const image = response.json<Image>();
    expect(image).toMatchObject({ width: 2000, height: 1000, position: 0, alt: 'The print, framed' });
    expect(image.url).toMatch(/^\/media\/products\/med_[0-9A-Z]+\/original\.png$/);

    const small = await ctx.app.inject({ method: 'GET', url: image.thumbnails.small });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-type']).toBe('image/webp');
    expect(small.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await sharp(small.rawPayload).metadata()).toMatchObject({
      format: 'webp',
      width: 320,
      height: 160,
    });
    const large = await ctx.app.inject({ method: 'GET', url: image.thumbnails.large });
    expect(await sharp(large.rawPayload).metadata()).toMatchObject({ width: 1600 });
    const again = await ctx.app.inject({
      method: 'GET',
      url: image.thumbnails.small,
      headers: { 'if-none-match': String(small.headers.etag) },
    });
    expect(again.statusCode).toBe(304);

    // Storefront product page and listing card carry the images.
    const page = (await ctx.app.inject({ method: 'GET', url: `/store/products/${handle}` })).json();
    expect(page.images).toEqual([image]);
    const listing = (await ctx.app.inject({ method: 'GET', url: '/store/products?q=PRINT-1' })).json();
    expect(listing.items[0].image).toEqual(image);
  });

  it('accepts photos larger than the JSON body limit (1 MB) up to 10 MB', async () => {
    const noise = await sharp(
      Buffer.from(Array.from({ length: 900 * 900 * 3 }, (_, i) => (i * 7919) % 251)),
      {
        raw: { width: 900, height: 900, channels: 3 },
      },
    )
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(2 * 1024 * 1024);
    const response = await upload({ file: { data: noise, name: 'noise.png', type: 'image/png' } });
    expect(response.statusCode, response.body).toBe(201);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/products/${productId}/images/${response.json().id}`,
      headers: manager,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('judges the type by content: a text file named .png is 415, an empty part is 400, a huge one 413', async () => {
    const fake = await upload({
      file: { data: Buffer.from('<script>alert(1)</script>'), name: 'evil.png', type: 'image/png' },
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ code: 'unsupported_media_type', errors: [{ path: 'file' }] });
    const svg = await upload({
      file: {
        data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
        name: 'x.svg',
        type: 'image/svg+xml',
      },
    });
    expect(svg.statusCode).toBe(415);
    const missing = await upload({ alt: 'no file' });
    expect(missing.statusCode).toBe(400);
    const huge = await upload({
      file: { data: Buffer.alloc(11 * 1024 * 1024, 1), name: 'big.png', type: 'image/png' },
    });
    expect(huge.statusCode).toBe(413);
    const json = await ctx.app.inject({
      method: 'POST',
      url: `/admin/products/${productId}/images`,
      headers: manager,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('re-encodes JPEG uploads upright and without metadata (no GPS leaks)', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#aa0000' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'secret location' } } })
      .toBuffer();
    const response = await upload({ file: { data: jpeg, name: 'photo.jpg', type: 'image/jpeg' } });
    expect(response.statusCode, response.body).toBe(201);
    const image = response.json<Image>();
    expect(image).toMatchObject({ width: 20, height: 40 });
    const original = await ctx.app.inject({ method: 'GET', url: image.url });
    const metadata = await sharp(original.rawPayload).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 20, height: 40 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it('reorders, edits alt text, refuses partial orders, and deletes files with the last image using them', async () => {
    const product = (
      await ctx.app.inject({ method: 'GET', url: `/admin/products/${productId}`, headers: manager })
    ).json();
    const ids: string[] = product.images.map((image: Image) => image.id);
    expect(ids.length).toBe(2);
    const reversed = [...ids].reverse();
    const reorder = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/products/${productId}/images/order`,
      headers: manager,
      payload: { imageIds: reversed },
    });
    expect(reorder.statusCode, reorder.body).toBe(200);
    expect(reorder.json().items.map((image: Image) => [image.id, image.position])).toEqual([
      [reversed[0], 0],
      [reversed[1], 1],
    ]);
    const partial = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/products/${productId}/images/order`,
      headers: manager,
      payload: { imageIds: [ids[0]] },
    });
    expect(partial.statusCode).toBe(400);

    const alt = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${productId}/images/${ids[0]}`,
      headers: manager,
      payload: { alt: 'Detail of the frame' },
    });
    expect(alt.json()).toMatchObject({ id: ids[0], alt: 'Detail of the frame' });

    // A duplicate shares the files: deleting the original's image keeps them until the copy's goes too.
    const copy = (
      await ctx.app.inject({
        method: 'POST',
        url: `/admin/products/${productId}/duplicate`,
        headers: manager,
      })
    ).json();
    const shared: Image = product.images.find((image: Image) => image.id === ids[0]);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/products/${productId}/images/${ids[0]}`,
      headers: manager,
    });
    expect(removed.statusCode).toBe(204);
    expect(existsSync(mediaPath(shared.url))).toBe(true);
    const copyImage = copy.images.find((image: Image) => image.url === shared.url);
    await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/products/${copy.id}/images/${copyImage.id}`,
      headers: manager,
    });
    expect(existsSync(mediaPath(shared.url))).toBe(false);
    expect((await ctx.app.inject({ method: 'GET', url: shared.url })).statusCode).toBe(404);
  });

  it('needs catalog:write to upload, and never serves paths outside the media folder', async () => {
    const refused = await upload(
      { file: { data: await png(10, 10), name: 'a.png', type: 'image/png' } },
      analyst,
    );
    expect(refused.statusCode).toBe(403);
    const unknownProduct = await upload(
      { file: { data: await png(10, 10), name: 'a.png', type: 'image/png' } },
      manager,
      'prod_nope',
    );
    expect(unknownProduct.statusCode).toBe(404);
    for (const url of [
      '/media/../package.json',
      '/media/%2e%2e/%2e%2e/package.json',
      '/media/products/x/y.txt',
    ]) {
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
  });

  it("sets, replaces and removes a category's picture, shown in the store's category tree", async () => {
    const category = (
      await ctx.app.inject({
        method: 'POST',
        url: '/admin/categories',
        headers: manager,
        payload: { name: 'Prints' },
      })
    ).json();
    const put = async (colour: string) => {
      const { payload, headers } = await form({
        file: { data: await png(1200, 600, colour), name: 'banner.png', type: 'image/png' },
        alt: 'Prints on a wall',
      });
      return ctx.app.inject({
        method: 'PUT',
        url: `/admin/categories/${category.id}/image`,
        headers: { ...manager, ...headers },
        payload,
      });
    };
    const first = await put('#aa3300');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      version: category.version,
      image: { width: 1200, height: 600, alt: 'Prints on a wall' },
    });
    const firstUrl: string = first.json().image.thumbnails.medium;
    expect((await ctx.app.inject({ method: 'GET', url: firstUrl })).statusCode).toBe(200);

    const second = (await put('#0033aa')).json();
    expect(second.image.thumbnails.medium).not.toBe(firstUrl);
    expect(existsSync(mediaPath(firstUrl))).toBe(false);
    const store = (await ctx.app.inject({ method: 'GET', url: '/store/categories/prints' })).json();
    expect(store.image).toEqual(second.image);

    const alt = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/categories/${category.id}/image`,
      headers: manager,
      payload: { alt: 'Framed prints' },
    });
    expect(alt.json().image).toMatchObject({ alt: 'Framed prints', url: second.image.url });

    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/categories/${category.id}/image`,
      headers: manager,
    });
    expect(removed.json().image).toBeNull();
    expect(existsSync(mediaPath(second.image.url))).toBe(false);
    const noPicture = await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/categories/${category.id}/image`,
      headers: manager,
      payload: { alt: 'x' },
    });
    expect(noPicture.statusCode).toBe(404);
    const refused = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/categories/${category.id}/image`,
      headers: analyst,
    });
    expect(refused.statusCode).toBe(403);
  });
});
