import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import type { Memo } from './content-refs';
import { storeHomeSchema } from './home.schemas';
import { getStoreHome } from './home.service';
import { notModifiedResponse, sendCacheable } from './http-cache';
import { storeNavigationSchema } from './navigation.schemas';
import { getStoreNavigation } from './navigation.service';
import type { createPreviewTokens } from './preview-token';
import { storeThemeSchema } from './theme.schemas';
import { getStoreTheme } from './theme.service';

const tags = ['Store: content'];

const previewQuery = z.object({
  preview: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'A preview token (`POST /admin/content/preview`): answer the unpublished draft.' }),
});

/** What the storefront reads on every visit: branding, menus and homepage, cacheable for a minute. */
export const contentStoreRoutes: FastifyPluginAsyncZod<{
  previewTokens: ReturnType<typeof createPreviewTokens>;
  clock: () => Date;
}> = async (app, options) => {
  /** Whether this request previews drafts; an invalid or expired token is refused rather than ignored. */
  const memo: Memo = (key, compute) => app.listingCache.getOrCompute(key, compute);
  const isPreview = (preview: string | undefined) => {
    if (preview === undefined) return false;
    if (!options.previewTokens.verify(preview, options.clock())) {
      throw new AppError(
        'unauthenticated',
        'This preview link has expired: open a new one from the back-office.',
      );
    }
    return true;
  };

  app.get(
    '/store/content/theme',
    {
      schema: {
        operationId: 'storeGetTheme',
        summary: 'The storefront branding',
        description:
          'Logo, favicon, colours (with a link colour readable on white), font stacks, social links, the ' +
          'announcement while it is scheduled, and the published terms and privacy pages (with whether checkout ' +
          'asks to accept the terms). The default theme before one is published. ETag and `max-age=60`; with ' +
          '`preview`, the draft, uncached (401 for an expired token).',
        tags,
        querystring: previewQuery,
        response: { 200: storeThemeSchema, ...notModifiedResponse, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const draft = isPreview(request.query.preview);
      const body = await getStoreTheme(app.db, app.media, { now: options.clock(), draft, memo });
      return sendCacheable(request, reply, body, { private: draft });
    },
  );

  app.get(
    '/store/content/navigation',
    {
      schema: {
        operationId: 'storeGetNavigation',
        summary: 'The header and footer menus',
        description:
          'Items with their storefront address (`/categories/…`, `/products/…`, `/pages/…` or an external URL); ' +
          'items whose category, product or page is gone, inactive or unpublished are left out. ETag and ' +
          '`max-age=60`.',
        tags,
        response: { 200: storeNavigationSchema, ...notModifiedResponse },
      },
    },
    async (request, reply) => sendCacheable(request, reply, await getStoreNavigation(app.db, memo)),
  );

  app.get(
    '/store/content/home',
    {
      schema: {
        operationId: 'storeGetHome',
        summary: 'The homepage sections',
        description:
          'The published sections scheduled now, in order, resolved: images, links, category tiles, product ' +
          'cards (active products only), rich text as sanitised HTML. Sections with nothing to show are left ' +
          'out. `published: false` until a homepage is first published. ETag and `max-age=60`; with ' +
          '`preview`, the draft, uncached (401 for an expired token).',
        tags,
        querystring: previewQuery,
        response: { 200: storeHomeSchema, ...notModifiedResponse, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const draft = isPreview(request.query.preview);
      const body = await getStoreHome(app.db, app.media, { now: options.clock(), draft, memo });
      return sendCacheable(request, reply, body, { private: draft });
    },
  );
};
