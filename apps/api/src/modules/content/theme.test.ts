import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { multipartForm } from '../../../test/multipart';

// The app's clock is this variable: scheduled announcements are checked against it.
let now = new Date('2026-12-01T10:00:00Z');
let ctx: TestContext;
let owner: Record<string, string>;

beforeAll(async () => {
  ctx = await buildTestApp({ clock: () => now });
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

interface StoreTheme {
  logo: { id: string; url: string } | null;
  colors: { primary: string; onPrimary: string; accent: string; onAccent: string; link: string };
  fonts: { heading: string; body: string };
  announcement: { text: string; link: { href: string; external: boolean } | null } | null;
  socialLinks: { network: string; url: string }[];
}
interface AdminTheme {
  version: number;
  hasUnpublishedChanges: boolean;
  publishedAt: string | null;
  draft: { colors: Record<string, string>; logo: { id: string } | null };
  fontPairs: { key: string }[];
}

const inject = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, headers = owner) =>
  ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

const readable = { primary: '#7c2d12', onPrimary: '#ffffff', accent: '#fde68a', onAccent: '#1f2937' };
const theme = (changes: object = {}) => ({
  logoImageId: null,
  faviconImageId: null,
  colors: readable,
  fontPair: 'classic',
  socialLinks: [{ network: 'instagram', url: 'https://instagram.com/maison' }],
  announcement: null,
  ...changes,
});

async function saveAndPublish(changes: object = {}) {
  const current = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
  const saved = await inject('PUT', '/admin/content/theme', { ...theme(changes), version: current.version });
  expect(saved.statusCode, saved.body).toBe(200);
  const published = await inject('POST', '/admin/content/theme/publish', {
    version: saved.json<AdminTheme>().version,
  });
  expect(published.statusCode, published.body).toBe(200);
  return published.json<AdminTheme>();
}

const storeTheme = async () => {
  const response = await ctx.app.inject({ method: 'GET', url: '/store/content/theme' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StoreTheme>();
};

describe('branding', () => {
  it('serves the default theme until one is published, and the draft only after publishing', async () => {
    const before = await storeTheme();
    expect(before.colors.primary).toBe('#1d4ed8');
    expect(before.announcement).toBeNull();

    const admin = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
    expect(admin.version).toBe(0);
    expect(admin.fontPairs.map((pair) => pair.key)).toContain('classic');
    const saved = await inject('PUT', '/admin/content/theme', { ...theme(), version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AdminTheme>()).toMatchObject({
      version: 1,
      hasUnpublishedChanges: true,
      publishedAt: null,
    });
    expect((await storeTheme()).colors.primary).toBe('#1d4ed8');

    const published = await inject('POST', '/admin/content/theme/publish', { version: 1 });
    expect(published.json<AdminTheme>()).toMatchObject({ hasUnpublishedChanges: false });
    const after = await storeTheme();
    expect(after.colors).toEqual({ ...readable, link: '#7c2d12' });
    expect(after.fonts.heading).toContain('Georgia');
    expect(after.socialLinks).toEqual([{ network: 'instagram', url: 'https://instagram.com/maison' }]);
  });

  it('refuses colour pairs below 4.5:1 with the ratio on the field, and keeps what was saved', async () => {
    const current = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
    const response = await inject('PUT', '/admin/content/theme', {
      ...theme({
        colors: { primary: '#facc15', onPrimary: '#ffffff', accent: '#777777', onAccent: '#888888' },
      }),
      version: current.version,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([
      { path: 'colors.onPrimary', message: expect.stringContaining('1.5:1') },
      { path: 'colors.onAccent', message: expect.stringContaining('needs at least 4.5:1') },
    ]);
    const after = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
    expect(after.version).toBe(current.version);
    expect(after.draft.colors.primary).toBe(readable.primary);

    // Exactly at the threshold passes: #767676 on white is 4.54:1.
    const edge = await inject('PUT', '/admin/content/theme', {
      ...theme({ colors: { ...readable, accent: '#767676', onAccent: '#ffffff' } }),
    });
    expect(edge.statusCode, edge.body).toBe(200);
  });

  it('gives links a darker shade of a light primary colour so they stay readable on white', async () => {
    await saveAndPublish({ colors: { ...readable, primary: '#fbbf24', onPrimary: '#111827' } });
    const { colors } = await storeTheme();
    expect(colors.primary).toBe('#fbbf24');
    expect(colors.link).not.toBe('#fbbf24');
    const { contrastRatio } = await import('./contrast');
    expect(contrastRatio(colors.link, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('shows the announcement only between its start and its end (injected clock)', async () => {
    await saveAndPublish({
      announcement: {
        text: 'Free delivery this weekend',
        link: { type: 'url', url: '/pages/delivery' },
        startsAt: '2026-12-05T00:00:00Z',
        endsAt: '2026-12-07T00:00:00Z',
      },
    });
    now = new Date('2026-12-04T23:59:59Z');
    expect((await storeTheme()).announcement).toBeNull();
    now = new Date('2026-12-05T00:00:00Z');
    expect((await storeTheme()).announcement).toEqual({
      text: 'Free delivery this weekend',
      link: { href: '/pages/delivery', external: false },
    });
    now = new Date('2026-12-07T00:00:00Z');
    expect((await storeTheme()).announcement).toBeNull();
    now = new Date('2026-12-01T10:00:00Z');

    const backwards = await inject('PUT', '/admin/content/theme', {
      ...theme({
        announcement: {
          text: 'Oops',
          link: null,
          startsAt: '2026-12-07T00:00:00Z',
          endsAt: '2026-12-05T00:00:00Z',
        },
      }),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('announcement.endsAt');
  });

  it('refuses links a browser would run or leave to another protocol', async () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      '//evil.test',
      'ftp://x.test',
    ]) {
      const response = await inject('PUT', '/admin/content/theme', {
        ...theme({ announcement: { text: 'Hi', link: { type: 'url', url }, startsAt: null, endsAt: null } }),
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('announcement.link.url');
    }
    const unknownPage = await inject('PUT', '/admin/content/theme', {
      ...theme({
        announcement: {
          text: 'Hi',
          link: { type: 'page', pageId: 'page_nope' },
          startsAt: null,
          endsAt: null,
        },
      }),
    });
    expect(unknownPage.statusCode).toBe(400);
    expect(unknownPage.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(
      'announcement.link.pageId',
    );
  });

  it('stores an uploaded logo and serves it; refuses SVG and unknown image ids', async () => {
    const logoPng = await sharp({ create: { width: 400, height: 120, channels: 3, background: '#7c2d12' } })
      .png()
      .toBuffer();
    const upload = await multipartForm({
      file: { data: logoPng, name: 'logo.png', type: 'image/png' },
      alt: 'Maison',
    });
    const uploaded = await ctx.app.inject({
      method: 'POST',
      url: '/admin/content/media',
      headers: { ...owner, ...upload.headers },
      payload: upload.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const image = uploaded.json<{ id: string; url: string; width: number; alt: string }>();
    expect(image).toMatchObject({ width: 400, alt: 'Maison' });
    expect(image.id).toMatch(/^cimg_/);
    const file = await ctx.app.inject({ method: 'GET', url: image.url });
    expect(file.statusCode).toBe(200);

    await saveAndPublish({ logoImageId: image.id });
    expect((await storeTheme()).logo).toMatchObject({ id: image.id, url: image.url });

    const svg = await multipartForm({
      file: {
        data: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
        ),
        name: 'logo.svg',
        type: 'image/svg+xml',
      },
    });
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/admin/content/media',
      headers: { ...owner, ...svg.headers },
      payload: svg.payload,
    });
    expect(refused.statusCode).toBe(415);

    const unknown = await inject('PUT', '/admin/content/theme', theme({ logoImageId: 'cimg_missing' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('logoImageId');
  });

  it('refuses a stale version and a publish of a draft changed since it was previewed', async () => {
    const current = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
    const first = await inject('PUT', '/admin/content/theme', { ...theme(), version: current.version });
    expect(first.statusCode).toBe(200);
    const stale = await inject('PUT', '/admin/content/theme', { ...theme(), version: current.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('version_conflict');
    const stalePublish = await inject('POST', '/admin/content/theme/publish', { version: current.version });
    expect(stalePublish.statusCode).toBe(409);
  });

  it('answers with an ETag and a short max-age, and 304 when the client holds the current version', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/store/content/theme' });
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await ctx.app.inject({
      method: 'GET',
      url: '/store/content/theme',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // A 304 announcing a body would stall keep-alive clients waiting for it.
    expect(again.headers['content-length']).toBeUndefined();
    expect(again.headers['content-type']).toBeUndefined();

    await saveAndPublish({ fontPair: 'modern' });
    const changed = await ctx.app.inject({
      method: 'GET',
      url: '/store/content/theme',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('shows the draft, uncached, to a preview link, and refuses an expired or forged one', async () => {
    const current = (await inject('GET', '/admin/content/theme')).json<AdminTheme>();
    await inject('PUT', '/admin/content/theme', {
      ...theme({ fontPair: 'rounded' }),
      version: current.version,
    });
    const preview = await inject('POST', '/admin/content/preview', {});
    expect(preview.statusCode, preview.body).toBe(200);
    const { token, url } = preview.json<{ token: string; url: string }>();
    expect(url).toBe(`http://localhost:3001/?preview=${encodeURIComponent(token)}`);

    const draft = await ctx.app.inject({ method: 'GET', url: `/store/content/theme?preview=${token}` });
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['cache-control']).toBe('no-store');
    expect(draft.headers.etag).toBeUndefined();
    expect(draft.json<StoreTheme>().fonts.body).toContain('Verdana');
    expect((await storeTheme()).fonts.body).not.toContain('Verdana');

    const forged = await ctx.app.inject({
      method: 'GET',
      url: `/store/content/theme?preview=${token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`,
    });
    expect(forged.statusCode).toBe(401);
    now = new Date(now.getTime() + 3601_000);
    const expired = await ctx.app.inject({ method: 'GET', url: `/store/content/theme?preview=${token}` });
    expect(expired.statusCode).toBe(401);
    now = new Date('2026-12-01T10:00:00Z');
  });

  it('lets content editors change the branding, and nobody without content:write', async () => {
    const editor = (await signInEmployee(ctx.app, ctx.database.db, 'content_editor')).headers;
    expect((await inject('GET', '/admin/content/theme', undefined, editor)).statusCode).toBe(200);
    expect((await inject('PUT', '/admin/content/theme', theme(), editor)).statusCode).toBe(200);
    const warehouse = (await signInEmployee(ctx.app, ctx.database.db, 'warehouse')).headers;
    expect((await inject('PUT', '/admin/content/theme', theme(), warehouse)).statusCode).toBe(403);
    expect((await inject('POST', '/admin/content/theme/publish', {}, warehouse)).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/content/theme' })).statusCode).toBe(401);
  });
});
