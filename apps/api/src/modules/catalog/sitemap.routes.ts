import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';

/** The sitemap protocol's limit of URLs per file. */
export const urlsPerSitemap = 50_000;

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  );

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;

/**
 * Sitemaps for search engines (the storefront is an SPA): an index at `/store/sitemap.xml` pointing at the
 * categories sitemap, the CMS pages sitemap (content module) and as many product sitemaps as 50 000-URL files need, with last-modified dates.
 * URLs are the storefront's (`STOREFRONT_URL`): `/categories/:handle` and `/products/:handle`.
 */
export const sitemapRoutes: FastifyPluginAsyncZod<{ storefrontUrl: string }> = async (app, options) => {
  const base = options.storefrontUrl;
  const tags = ['Store: catalog'];
  const sitemapXml = z.string().meta({ description: 'XML (sitemaps.org protocol).' });

  app.get(
    '/store/sitemap.xml',
    {
      schema: {
        operationId: 'storeSitemapIndex',
        summary: 'Sitemap index of the storefront',
        description:
          'A sitemaps.org index pointing at the categories sitemap, the published pages sitemap ' +
          '(`pages.xml`) and as many product sitemaps ' +
          '(`products-1.xml`, `products-2.xml`…) as the active products need. Cacheable for an hour; no ' +
          'authentication.',
        tags,
        produces: ['application/xml'],
        response: { 200: sitemapXml },
      },
    },
    async (request, reply) => {
      const [stats] = (
        await app.db.execute<{ products: number; last: string | null }>(sql`
          select count(*)::int as products, max(updated_at)::text as last from products where status = 'active'`)
      ).rows;
      const files = Math.max(1, Math.ceil((stats?.products ?? 0) / urlsPerSitemap));
      const origin = `${request.protocol}://${request.host}`;
      const entries = [
        `<sitemap><loc>${escapeXml(`${origin}/store/sitemaps/categories.xml`)}</loc></sitemap>`,
        `<sitemap><loc>${escapeXml(`${origin}/store/sitemaps/pages.xml`)}</loc></sitemap>`,
        ...Array.from(
          { length: files },
          (_, index) =>
            `<sitemap><loc>${escapeXml(`${origin}/store/sitemaps/products-${index + 1}.xml`)}</loc></sitemap>`,
        ),
      ];
      reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600');
      return xml(
        `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>`,
      );
    },
  );

  app.get(
    '/store/sitemaps/categories.xml',
    {
      schema: {
        operationId: 'storeSitemapCategories',
        summary: 'Sitemap of the categories',
        description:
          "The storefront's home page and every category page (`/categories/{handle}` on the storefront), " +
          'with its last-modified day (UTC). Cacheable for an hour; no authentication.',
        tags,
        produces: ['application/xml'],
        response: { 200: sitemapXml },
      },
    },
    async (_request, reply) => {
      const rows = (
        await app.db.execute<{ handle: string; updated: string }>(sql`
          select handle, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD') as updated
          from categories order by position, handle`)
      ).rows;
      const urls = rows.map(
        (row) =>
          `<url><loc>${escapeXml(`${base}/categories/${row.handle}`)}</loc><lastmod>${row.updated}</lastmod></url>`,
      );
      reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600');
      return xml(
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${escapeXml(`${base}/`)}</loc></url>${urls.join('')}</urlset>`,
      );
    },
  );

  app.get(
    '/store/sitemaps/products-:page.xml',
    {
      schema: {
        operationId: 'storeSitemapProducts',
        summary: 'Sitemap of active products (50 000 per file)',
        description:
          "One page of up to 50 000 active products' storefront URLs (`/products/{handle}`), with their " +
          'last-modified day (UTC). A page past the last one is 404 (the first always answers, empty when ' +
          'there are no products). Cacheable for an hour; no authentication.',
        tags,
        produces: ['application/xml'],
        params: z.object({ page: z.coerce.number().int().min(1).max(10_000) }),
        response: { 200: sitemapXml, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const offset = (request.params.page - 1) * urlsPerSitemap;
      const rows = (
        await app.db.execute<{ handle: string; updated: string }>(sql`
          select handle, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD') as updated
          from products where status = 'active' order by id limit ${urlsPerSitemap} offset ${offset}`)
      ).rows;
      if (rows.length === 0 && request.params.page > 1) throw new AppError('not_found', 'No such sitemap.');
      const urls = rows.map(
        (row) =>
          `<url><loc>${escapeXml(`${base}/products/${row.handle}`)}</loc><lastmod>${row.updated}</lastmod></url>`,
      );
      reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600');
      return xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`);
    },
  );
};
