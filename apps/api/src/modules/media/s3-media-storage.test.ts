import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver: an S3-compatible server on the local disk (the real AWS protocol, signatures included).
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { createS3MediaStorage } from './s3-media-storage';

let server: { run(): Promise<{ port: number }>; close(): Promise<void> };
let directory: string;
let ctx: TestContext;
let endpoint: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'comptoir-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'media' }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  ctx = await buildTestApp({ mediaStorage: s3Storage() });
});
afterAll(async () => {
  await ctx.close();
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

const s3Storage = () =>
  createS3MediaStorage({
    bucket: 'media',
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    baseUrl: '/media',
  });

describe('S3 media storage', () => {
  it('stores uploads in the bucket, serves them through /media and deletes them with their image', async () => {
    const manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    const product = (
      await ctx.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: manager,
        payload: { title: 'Bucket lamp', variants: [{ sku: 'BL-1', price: 100 }] },
      })
    ).json();
    const body = new FormData();
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    body.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'lamp.png');
    const encoded = new Response(body);
    const upload = await ctx.app.inject({
      method: 'POST',
      url: `/admin/products/${product.id}/images`,
      headers: { ...manager, 'content-type': encoded.headers.get('content-type') ?? '' },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const image = upload.json();

    const key = image.thumbnails.small.replace(/^\/media\//, '');
    const stored = await s3Storage().read(key);
    expect(stored?.size).toBeGreaterThan(0);
    const served = await ctx.app.inject({ method: 'GET', url: image.thumbnails.small });
    expect(served.statusCode).toBe(200);
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({ format: 'webp', width: 320 });

    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/admin/products/${product.id}/images/${image.id}`,
      headers: manager,
    });
    expect(removed.statusCode).toBe(204);
    expect(await s3Storage().read(key)).toBeUndefined();
  });
});
