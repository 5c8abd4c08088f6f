import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { imageUploadBody, imageUploadLimits, readImageUpload } from '../media/image-upload';
import { uploadContentImage } from './content-images.service';
import { adminHomeSchema, homeUpdateSchema } from './home.schemas';
import { getAdminHome, publishHome, saveHomeDraft } from './home.service';
import { getLegalSettings, saveLegalSettings } from './legal.service';
import {
  adminMenuSchema,
  adminNavigationSchema,
  legalSettingsSchema,
  legalUpdateSchema,
  menuKeys,
  menuUpdateSchema,
} from './navigation.schemas';
import { getAdminNavigation, saveMenu } from './navigation.service';
import type { createPreviewTokens } from './preview-token';
import { adminThemeSchema, contentImageSchema, publishSchema, themeUpdateSchema } from './theme.schemas';
import { getAdminTheme, publishTheme, saveThemeDraft } from './theme.service';

const tags = ['Admin: content'];
const permission = { permission: 'content:write' } as const;

const previewSchema = z
  .object({
    token: z.string(),
    expiresAt: z.iso.datetime(),
    url: z.string().meta({ description: 'The storefront home showing the drafts (open it in a new tab).' }),
  })
  .meta({ id: 'ContentPreview' });

const previewRequestSchema = z.strictObject({}).meta({ id: 'ContentPreviewRequest', examples: [{}] });

/** The back-office's storefront editing: branding, homepage, menus, legal pages, their images and previews. */
export const contentAdminRoutes: FastifyPluginAsyncZod<{
  storefrontUrl: string;
  previewTokens: ReturnType<typeof createPreviewTokens>;
  clock: () => Date;
}> = async (app, options) => {
  const actorId = (request: Parameters<typeof currentActor>[0]) => {
    const actor = currentActor(request);
    return actor.kind === 'employee' ? actor.id : null;
  };

  await app.register(async (uploads) => {
    // Scoped: only the upload route accepts multipart bodies.
    await uploads.register(multipart, { limits: imageUploadLimits });
    uploads.post(
      '/admin/content/media',
      {
        config: { ...permission, openapiBody: imageUploadBody },
        schema: {
          operationId: 'adminUploadContentImage',
          summary: 'Upload an image for the storefront (logo, favicon, banners)',
          description:
            'Stores a JPEG, PNG, WebP, AVIF or GIF (re-encoded without metadata) with WebP renditions 320, 800 ' +
            'and 1600 px wide; use its `id` as `logoImageId`, `faviconImageId` or a section `imageId`. SVG is ' +
            'refused (415): it can carry script.',
          tags,
          security: adminSecurity,
          response: { 201: contentImageSchema, ...problemResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const upload = await readImageUpload(request);
        return reply.code(201).send(await uploadContentImage(app.db, app.media, upload));
      },
    );
  });

  app.get(
    '/admin/content/theme',
    {
      config: permission,
      schema: {
        operationId: 'adminGetTheme',
        summary: 'Branding: the draft and the published version',
        description:
          'Logo, favicon, colours, font pair, social links and announcement bar as being edited (`draft`) and as ' +
          'customers see them (`published`, null before the first publish), with the font pairs to choose from.',
        tags,
        security: adminSecurity,
        response: { 200: adminThemeSchema, ...problemResponses(401, 403) },
      },
    },
    async () => getAdminTheme(app.db, app.media),
  );

  app.put(
    '/admin/content/theme',
    {
      config: permission,
      schema: {
        operationId: 'adminSaveTheme',
        summary: 'Save the branding draft',
        description:
          'Replaces the draft (customers see it only once published; preview it first). Colour pairs below ' +
          'WCAG AA 4.5:1 are refused with the ratio on the field; unknown images or link targets and an ' +
          'announcement ending before it starts are 400; a stale `version` is 409.',
        tags,
        security: adminSecurity,
        body: themeUpdateSchema,
        response: { 200: adminThemeSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => saveThemeDraft(app.db, app.media, request.body, actorId(request)),
  );

  app.post(
    '/admin/content/theme/publish',
    {
      config: permission,
      schema: {
        operationId: 'adminPublishTheme',
        summary: 'Publish the branding draft',
        description:
          'Customers see the draft from now on (storefronts pick it up within a minute, the cache lifetime). ' +
          'Send the `version` you previewed: a draft changed since is refused with 409.',
        tags,
        security: adminSecurity,
        body: publishSchema,
        response: { 200: adminThemeSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => publishTheme(app.db, app.media, request.body.version),
  );

  app.get(
    '/admin/content/home',
    {
      config: permission,
      schema: {
        operationId: 'adminGetHome',
        summary: 'Homepage sections: the draft and the published version',
        description:
          'The ordered sections being edited and those customers see (null before the first publish), with ' +
          'the images they use.',
        tags,
        security: adminSecurity,
        response: { 200: adminHomeSchema, ...problemResponses(401, 403) },
      },
    },
    async () => getAdminHome(app.db, app.media),
  );

  app.put(
    '/admin/content/home',
    {
      config: permission,
      schema: {
        operationId: 'adminSaveHome',
        summary: 'Save the homepage draft',
        description:
          'Replaces the ordered list of sections (at most 20). Each may be scheduled (`startsAt`, `endsAt`). ' +
          'Unknown images, categories, products or link targets and repeated section ids are 400; a stale ' +
          '`version` is 409.',
        tags,
        security: adminSecurity,
        body: homeUpdateSchema,
        response: { 200: adminHomeSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => saveHomeDraft(app.db, app.media, request.body, actorId(request)),
  );

  app.post(
    '/admin/content/home/publish',
    {
      config: permission,
      schema: {
        operationId: 'adminPublishHome',
        summary: 'Publish the homepage draft',
        description:
          'Customers see the draft sections from now on (within a minute, the cache lifetime). A draft changed ' +
          'since the `version` you previewed is 409, as is publishing before any section was saved.',
        tags,
        security: adminSecurity,
        body: publishSchema,
        response: { 200: adminHomeSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => publishHome(app.db, app.media, request.body.version),
  );

  app.post(
    '/admin/content/preview',
    {
      // Issuing a preview link changes nothing: not worth an audit entry each time.
      config: { ...permission, audit: false },
      schema: {
        operationId: 'adminCreateContentPreview',
        summary: 'A storefront link showing the unpublished branding and homepage',
        description:
          'A token valid for an hour and the storefront address carrying it (`?preview=`): the storefront then ' +
          'reads the drafts (`GET /store/content/theme?preview=…`, `…/home?preview=…`), uncached.',
        tags,
        security: adminSecurity,
        body: previewRequestSchema,
        response: { 200: previewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async () => {
      const { token, expiresAt } = options.previewTokens.issue(options.clock());
      return {
        token,
        expiresAt: expiresAt.toISOString(),
        url: `${options.storefrontUrl}/?preview=${encodeURIComponent(token)}`,
      };
    },
  );

  app.get(
    '/admin/content/navigation',
    {
      config: permission,
      schema: {
        operationId: 'adminGetNavigation',
        summary: 'The header and footer menus',
        description:
          'Both menus with their two levels of items; each item names what it links to (`target`, null when the ' +
          'category, product or page is gone: the storefront hides it).',
        tags,
        security: adminSecurity,
        response: { 200: adminNavigationSchema, ...problemResponses(401, 403) },
      },
    },
    async () => getAdminNavigation(app.db),
  );

  app.put(
    '/admin/content/navigation/:menu',
    {
      config: permission,
      schema: {
        operationId: 'adminSaveMenu',
        summary: 'Replace a menu',
        description:
          'Replaces the items of the header or footer menu, in order, two levels at most; customers see it at ' +
          'once (within a minute, the cache lifetime). Links to unknown categories, products or pages and ' +
          'repeated item ids are 400; a stale `version` is 409.',
        tags,
        security: adminSecurity,
        params: z.object({ menu: z.enum(menuKeys) }),
        body: menuUpdateSchema,
        response: { 200: adminMenuSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => saveMenu(app.db, request.params.menu, request.body, actorId(request)),
  );

  app.get(
    '/admin/content/legal',
    {
      config: permission,
      schema: {
        operationId: 'adminGetLegal',
        summary: 'Terms and privacy pages',
        description:
          'Which pages are the terms and the privacy policy, and whether checkout asks to accept the terms.',
        tags,
        security: adminSecurity,
        response: { 200: legalSettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async () => getLegalSettings(app.db),
  );

  app.put(
    '/admin/content/legal',
    {
      config: permission,
      schema: {
        operationId: 'adminSaveLegal',
        summary: 'Choose the terms and privacy pages',
        description:
          'Takes effect at once. Requiring acceptance needs a terms page; checkout asks for it only while that ' +
          'page is published. Unknown pages are 400; a stale `version` is 409.',
        tags,
        security: adminSecurity,
        body: legalUpdateSchema,
        response: { 200: legalSettingsSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const before = await getLegalSettings(app.db);
      const after = await saveLegalSettings(app.db, request.body, actorId(request));
      request.auditChanges = { before, after };
      return after;
    },
  );
};
