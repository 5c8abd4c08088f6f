import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { productCsvColumns } from '../src/modules/catalog/product-csv';
import type { ProductImport } from '../src/modules/catalog/product-imports.schemas';
import { productImportTasks } from '../src/modules/catalog/product-imports.service';
import { runDueJobs } from '../src/modules/jobs';
import { csvRecord } from '../src/shared/csv';
import { buildTestApp, type TestContext } from './build-test-app';
import { signInEmployee } from './factories';

/** The category every import test file creates, by handle. */
export const categoryHandle = 'shirts';

export type Row = Partial<Record<(typeof productCsvColumns)[number], string>>;

/** A CSV file with the export's header (or `columns`) and the rows given. */
export function csvOf(rows: Row[], columns: readonly string[] = productCsvColumns): string {
  return [
    csvRecord(columns),
    ...rows.map((row) => csvRecord(columns.map((column) => row[column as keyof Row] ?? ''))),
  ].join('');
}

export interface Product {
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

/**
 * A store for the product import and export tests: a catalog manager, an analyst, the `shirts` category and a
 * webhook endpoint subscribed to product events (so imports record them; never delivered), with helpers that
 * upload a file and run the import job as the worker would.
 */
export async function openImportShop() {
  const ctx: TestContext = await buildTestApp({ config: { webhooks: { allowPrivateNetworks: true } } });
  const manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  const owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
  const endpoint = await ctx.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: 'http://127.0.0.1:9/hooks', events: ['product.created', 'product.updated'] },
  });
  expect(endpoint.statusCode, endpoint.body).toBe(201);
  const analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
  const category = await ctx.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: manager,
    payload: { name: 'Shirts', handle: categoryHandle },
  });
  expect(category.statusCode, category.body).toBe(201);
  let cacheClears = 0;
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

  return {
    ctx,
    manager,
    analyst,
    /** How many times imports cleared the listing cache. */
    cacheClears: () => cacheClears,
    upload,
    productByHandle,
    eventsOf,
    productCount,
    exportCsv,
  };
}

export type ImportShop = Awaited<ReturnType<typeof openImportShop>>;
