import autocannon from 'autocannon';
import type pg from 'pg';
import type { Database } from '../src/db/client';
import { seedDemoContent } from '../src/seed/demo-content';
import { ownerHeaders } from './orders';

export interface ContentFigures {
  name: string;
  route: string;
  /** The default configuration (answers kept CATALOG_CACHE_SECONDS). */
  cached: { requestsPerSecond: number; p50: number; p97_5: number };
  /** The cache off: every request reads PostgreSQL. */
  cold: { requestsPerSecond: number; p50: number; p97_5: number };
  revalidatedPerSecond: number;
  errors: number;
}

/**
 * The storefront's content reads (asked on every visit): the demo pages and menus, a published homepage of six
 * sections (12 products), each route measured plain and revalidated (`If-None-Match` → 304).
 */
export async function benchContent(options: {
  appUrl: string;
  cachedUrl: string;
  db: Database;
  pool: pg.Pool;
  seconds: number;
  connections: number;
}): Promise<ContentFigures[]> {
  const { appUrl, db, pool } = options;
  await seedDemoContent(db);
  const headers = { ...(await ownerHeaders(appUrl, db)), 'content-type': 'application/json' };
  const { rows: products } = await pool.query<{ id: string }>(
    "select id from products where status = 'active' and min_price is not null order by id limit 8",
  );
  const { rows: categories } = await pool.query<{ id: string }>(
    'select id from categories order by id limit 4',
  );
  const categoryId = categories[0]?.id ?? '';
  const sections = [
    {
      id: 'hero',
      type: 'hero',
      heading: 'New season',
      cta: { label: 'Shop', link: { type: 'category', categoryId } },
    },
    {
      id: 'tiles',
      type: 'featured_categories',
      heading: 'Shop by category',
      categoryIds: categories.map((c) => c.id),
    },
    { id: 'picks', type: 'featured_products', heading: 'Our picks', productIds: products.map((p) => p.id) },
    { id: 'new', type: 'category_products', heading: 'New in', categoryId, limit: 4 },
    {
      id: 'sale',
      type: 'promo_banner',
      text: 'Free delivery from 50 €',
      link: { type: 'url', url: '/pages/delivery' },
    },
    {
      id: 'story',
      type: 'rich_text',
      heading: 'Our story',
      markdown: '## Made with care\n\nSince **1998**.',
    },
  ];
  const saved = await fetch(`${appUrl}/admin/content/home`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ sections }),
  });
  if (!saved.ok) throw new Error(`saving the bench homepage: ${saved.status} ${await saved.text()}`);
  await fetch(`${appUrl}/admin/content/home/publish`, { method: 'POST', headers, body: '{}' });
  await fetch(`${appUrl}/admin/content/theme/publish`, { method: 'POST', headers, body: '{}' });

  const routes = [
    ['theme', '/store/content/theme'],
    ['menus', '/store/content/navigation'],
    ['homepage (6 sections)', '/store/content/home'],
    ['page', '/store/pages/delivery'],
  ] as const;
  const figures: ContentFigures[] = [];
  for (const [name, route] of routes) {
    const first = await fetch(`${appUrl}${route}`);
    if (!first.ok) throw new Error(`GET ${route} answered ${first.status}`);
    const etag = first.headers.get('etag') ?? '';
    const run = (base: string) =>
      autocannon({ url: `${base}${route}`, connections: options.connections, duration: options.seconds });
    await fetch(`${options.cachedUrl}${route}`);
    const cached = await run(options.cachedUrl);
    const plain = await run(appUrl);
    const revalidated = await autocannon({
      url: `${options.cachedUrl}${route}`,
      connections: options.connections,
      duration: options.seconds,
      headers: { 'if-none-match': etag },
    });
    figures.push({
      name,
      route,
      cached: {
        requestsPerSecond: Math.round(cached.requests.average),
        p50: cached.latency.p50,
        p97_5: cached.latency.p97_5,
      },
      cold: {
        requestsPerSecond: Math.round(plain.requests.average),
        p50: plain.latency.p50,
        p97_5: plain.latency.p97_5,
      },
      revalidatedPerSecond: Math.round(revalidated.requests.average),
      // 304s are the expected answer of the revalidated run; only the plain run's non-2xx are errors.
      errors:
        cached.errors +
        cached.timeouts +
        cached.non2xx +
        plain.errors +
        plain.timeouts +
        plain.non2xx +
        revalidated.errors +
        revalidated.timeouts,
    });
  }
  return figures;
}
