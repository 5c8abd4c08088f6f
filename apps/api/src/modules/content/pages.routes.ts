import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { notModifiedResponse, sendCacheable } from './http-cache';
import {
  newPageSchema,
  pageListQuerySchema,
  pageListSchema,
  pagePreviewRequestSchema,
  pagePreviewSchema,
  pageRestoreSchema,
  pageRevisionListSchema,
  pageSchema,
  pageUpdateSchema,
  storePageSchema,
} from './pages.schemas';
import {
  createPage,
  deletePage,
  getPage,
  getStorePage,
  listPageRevisions,
  listPages,
  type PageWriteContext,
  previewPageHtml,
  restorePageRevision,
  updatePage,
} from './pages.service';

export { contentPagesSitemapRoutes } from './pages.sitemap';

const tags = ['Admin: content'];
const security = adminSecurity;
const config = { permission: 'content:write' } as const;
const params = z.object({ id: z.string().min(1).max(64) });
const revisionParams = params.extend({ revisionId: z.string().min(1).max(64) });
const markdownNote =
  'The Markdown (GitHub-flavoured) is rendered to HTML and sanitised on save: only headings, paragraphs, ' +
  'links (http, https, mailto or a storefront path), lists, emphasis, code, quotes, rules, pictures, tables ' +
  'and line breaks are kept; scripts, styles, frames, forms, event handlers and unsafe addresses are removed. ' +
  'Links to other sites get `rel="noopener noreferrer"`.';

/** Revisions remember the employee who saved; an API key leaves no name. */
function writeContext(app: { db: PageWriteContext['db'] }, request: FastifyRequest): PageWriteContext {
  const actor = currentActor(request);
  return { db: app.db, employeeId: actor.kind === 'employee' ? actor.id : null };
}

/**
 * CMS pages: the back-office's list, editor, revisions and preview (`content:write`), and the storefront's
 * published pages (public, cacheable). The sitemap is `contentPagesSitemapRoutes`.
 */
export const contentPagesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/content/pages',
    {
      config,
      schema: {
        operationId: 'adminListPages',
        summary: 'CMS pages',
        description:
          'Pages most recently changed first, cursor-paginated, optionally filtered by `status` and by `q` ' +
          '(part of the title or handle, case-insensitive).',
        tags,
        security,
        querystring: pageListQuerySchema,
        response: { 200: pageListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listPages(app.db, request.query),
  );

  app.post(
    '/admin/content/pages',
    {
      config,
      schema: {
        operationId: 'adminCreatePage',
        summary: 'Create a CMS page',
        description:
          `Saved as version 1 with its first revision; the handle is derived from the title when absent. ${markdownNote} ` +
          'A handle another page uses is refused with 409 `conflict` and an error on `handle`.',
        tags,
        security,
        body: newPageSchema,
        response: { 201: pageSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPage(writeContext(app, request), request.body)),
  );

  app.post(
    '/admin/content/pages/preview',
    {
      // Rendering a preview changes nothing; editors call it as they type: kept out of the audit log.
      config: { ...config, audit: false },
      schema: {
        operationId: 'adminPreviewPage',
        summary: 'Render Markdown as a page would show it',
        description: `Nothing is saved. ${markdownNote}`,
        tags,
        security,
        body: pagePreviewRequestSchema,
        response: { 200: pagePreviewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => previewPageHtml(request.body.markdown),
  );

  app.get(
    '/admin/content/pages/:id',
    {
      config,
      schema: {
        operationId: 'adminGetPage',
        summary: 'A CMS page',
        description:
          'The page with its Markdown, the HTML rendered from it and the `version` to send back when ' +
          'changing it. 404 for an unknown page.',
        tags,
        security,
        params,
        response: { 200: pageSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getPage(app.db, request.params.id),
  );

  app.patch(
    '/admin/content/pages/:id',
    {
      config,
      schema: {
        operationId: 'adminUpdatePage',
        summary: 'Change a CMS page',
        description:
          'Send the `version` you read; a stale one is refused with 409 `version_conflict`. Every save is a ' +
          'new version with its revision. Publishing sets `publishedAt`; back to draft clears it and the page ' +
          `leaves the storefront. ${markdownNote} A taken handle is 409 \`conflict\` with an error on \`handle\`.`,
        tags,
        security,
        params,
        body: pageUpdateSchema,
        response: { 200: pageSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const before = await getPage(app.db, request.params.id);
      const after = await updatePage(writeContext(app, request), request.params.id, request.body);
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.delete(
    '/admin/content/pages/:id',
    {
      config,
      schema: {
        operationId: 'adminDeletePage',
        summary: 'Delete a CMS page',
        description:
          'Deletes the page and its revisions. Refused with 409 `conflict` while the page is the store’s terms ' +
          'or privacy page: choose another one in the legal settings first. Menu items and links to it stop ' +
          'showing on the storefront.',
        tags,
        security,
        params,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deletePage(app.db, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/admin/content/pages/:id/revisions',
    {
      config,
      schema: {
        operationId: 'adminListPageRevisions',
        summary: "A CMS page's revisions",
        description:
          'Every saved state of the page (one per creation, change and restore), newest first, with the ' +
          'employee who saved it. 404 for an unknown page.',
        tags,
        security,
        params,
        response: { 200: pageRevisionListSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => listPageRevisions(app.db, request.params.id),
  );

  app.post(
    '/admin/content/pages/:id/revisions/:revisionId/restore',
    {
      config,
      schema: {
        operationId: 'adminRestorePageRevision',
        summary: 'Bring a CMS page back to a revision',
        description:
          'The revision’s title, handle, Markdown, SEO fields and status become the page’s, as a new version ' +
          'with its own revision (the revisions in between are kept). With `version`, a stale one is 409 ' +
          '`version_conflict`; a handle another page took since is 409 `conflict` on `handle`. 404 for an ' +
          'unknown page or a revision of another page.',
        tags,
        security,
        params: revisionParams,
        body: pageRestoreSchema,
        response: { 200: pageSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const before = await getPage(app.db, request.params.id);
      const after = await restorePageRevision(
        writeContext(app, request),
        request.params.id,
        request.params.revisionId,
        request.body,
      );
      request.auditChanges = { before, after };
      return after;
    },
  );

  app.get(
    '/store/pages/:handle',
    {
      schema: {
        operationId: 'storeGetPage',
        summary: 'A published CMS page',
        description:
          'The page’s sanitised HTML, title and SEO fields, by handle. Drafts and unknown handles are 404. ' +
          'Cacheable: `cache-control: public, max-age=60` and a weak `ETag`; send it back in `If-None-Match` ' +
          'to get 304 without a body while the page is unchanged. No authentication.',
        tags: ['Store: content'],
        params: z.object({ handle: z.string() }),
        response: { 200: storePageSchema, ...notModifiedResponse, ...problemResponses(404) },
      },
    },
    async (request, reply) =>
      sendCacheable(request, reply, await getStorePage(app.db, request.params.handle)),
  );
};
