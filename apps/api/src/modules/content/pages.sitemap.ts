import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPublishedPageDays } from './pages.service';

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  );

/**
 * The sitemap of published CMS pages (`/store/sitemaps/pages.xml`, listed in the catalog's sitemap index):
 * the storefront URL of each (`STOREFRONT_URL/pages/{handle}`) with its last-modified day.
 */
export const contentPagesSitemapRoutes: FastifyPluginAsyncZod<{ storefrontUrl: string }> = async (
  app,
  options,
) => {
  const base = options.storefrontUrl;
  app.get(
    '/store/sitemaps/pages.xml',
    {
      schema: {
        operationId: 'storeSitemapPages',
        summary: 'Sitemap of the CMS pages',
        description:
          'Every published page’s storefront URL (`/pages/{handle}`) with its last-modified day (UTC); drafts ' +
          'are left out. Cacheable for an hour; no authentication.',
        tags: ['Store: content'],
        produces: ['application/xml'],
        response: { 200: z.string().meta({ description: 'XML (sitemaps.org protocol).' }) },
      },
    },
    async (_request, reply) => {
      const rows = await listPublishedPageDays(app.db);
      const urls = rows.map(
        (row) =>
          `<url><loc>${escapeXml(`${base}/pages/${row.handle}`)}</loc><lastmod>${row.updated}</lastmod></url>`,
      );
      reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600');
      return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
    },
  );
};
