import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';

let ctx: TestContext;
let owner: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

interface Page {
  id: string;
  handle: string;
  title: string;
  markdown: string;
  html: string;
  seoTitle: string | null;
  seoDescription: string | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const inject = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = owner,
) => ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function createPage(payload: object, headers = owner): Promise<Page> {
  const response = await inject('POST', '/admin/content/pages', payload, headers);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Page>();
}

async function updatePage(page: Page, payload: object): Promise<Page> {
  const response = await inject('PATCH', `/admin/content/pages/${page.id}`, {
    version: page.version,
    ...payload,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

describe('pages', () => {
  it('creates a page with a handle from its title and its Markdown rendered; a taken handle is 409', async () => {
    const page = await createPage({ title: 'Livraison & retours', markdown: '## Délais\n\nSous **48 h**.' });
    expect(page).toMatchObject({
      handle: 'livraison-retours',
      title: 'Livraison & retours',
      markdown: '## Délais\n\nSous **48 h**.',
      html: '<h2>Délais</h2>\n<p>Sous <strong>48 h</strong>.</p>',
      seoTitle: null,
      seoDescription: null,
      status: 'draft',
      publishedAt: null,
      version: 1,
    });
    expect(page.id).toMatch(/^page_/);
    expect((await inject('GET', `/admin/content/pages/${page.id}`)).json()).toEqual(page);

    const again = await inject('POST', '/admin/content/pages', {
      title: 'Livraison & retours',
      markdown: '',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'handle' }] });
    const explicit = await inject('POST', '/admin/content/pages', {
      title: 'Other',
      handle: 'livraison-retours',
      markdown: '',
    });
    expect(explicit.json()).toMatchObject({ status: 409, errors: [{ path: 'handle' }] });

    const badHandle = await inject('POST', '/admin/content/pages', {
      title: 'X',
      handle: 'Not OK',
      markdown: '',
    });
    expect(badHandle.statusCode).toBe(400);
    expect(badHandle.json().errors[0].path).toContain('handle');
    const unknownField = await inject('POST', '/admin/content/pages', {
      title: 'X',
      markdown: '',
      html: '<b>',
    });
    expect(unknownField.statusCode).toBe(400);
    expect((await inject('GET', '/admin/content/pages/page_nope')).statusCode).toBe(404);
  });

  it('changes a page at the version read: stale versions and taken handles are 409', async () => {
    const page = await createPage({ title: 'About', markdown: 'Hello', seoTitle: 'About us' });
    const published = await updatePage(page, { markdown: '# Hi *there*', status: 'published' });
    expect(published).toMatchObject({
      version: 2,
      markdown: '# Hi *there*',
      html: '<h1>Hi <em>there</em></h1>',
      status: 'published',
      seoTitle: 'About us',
    });
    expect(published.publishedAt).not.toBeNull();

    const stale = await inject('PATCH', `/admin/content/pages/${page.id}`, { version: 1, title: 'Late' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    // Published again while published: the first publication time is kept; back to draft clears it.
    const retitled = await updatePage(published, { title: 'About the shop', seoTitle: null });
    expect(retitled).toMatchObject({
      title: 'About the shop',
      seoTitle: null,
      publishedAt: published.publishedAt,
    });
    const draft = await updatePage(retitled, { status: 'draft' });
    expect(draft.publishedAt).toBeNull();

    await createPage({ title: 'Taken', markdown: '' });
    const taken = await inject('PATCH', `/admin/content/pages/${page.id}`, { version: 4, handle: 'taken' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'handle' }] });
    expect((await inject('PATCH', '/admin/content/pages/page_nope', { version: 1 })).statusCode).toBe(404);
    expect(
      (await inject('PATCH', `/admin/content/pages/${page.id}`, { title: 'No version' })).statusCode,
    ).toBe(400);

    const audit = await ctx.database.pool.query<{ action: string }>(
      'select action from audit_log where target_id = $1 order by at',
      [page.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'adminUpdatePage',
      'adminUpdatePage',
      'adminUpdatePage',
    ]);
  });

  it('lists pages most recently changed first, filtered by q and status, page by page', async () => {
    const made: Page[] = [];
    for (const n of [1, 2, 3, 4, 5]) made.push(await createPage({ title: `Guide ${n}`, markdown: '' }));
    const cotton = await createPage({ title: '100% cotton_care', markdown: '', status: 'published' });
    await createPage({ title: 'Linen care', markdown: '' }); // `n c`: matches `n_c` only if `_` were a wildcard
    const touched = await updatePage(made[1] as Page, { markdown: 'moved up' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `q=guide&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await inject('GET', `/admin/content/pages?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const list = response.json<{ items: { id: string }[]; total: number; nextCursor: string | null }>();
      expect(list.total).toBe(5);
      expect(list.items.length).toBeLessThanOrEqual(2);
      seen.push(...list.items.map((item) => item.id));
      cursor = list.nextCursor;
    } while (cursor);
    expect(seen).toEqual([touched.id, ...[5, 4, 3, 1].map((n) => made[n - 1]?.id)]);

    const percent = await inject('GET', '/admin/content/pages?q=%25');
    expect(percent.json().items.map((item: { id: string }) => item.id)).toEqual([cotton.id]);
    const underscore = await inject('GET', '/admin/content/pages?q=n_c');
    expect(underscore.json().items.map((item: { id: string }) => item.id)).toEqual([cotton.id]);
    const byHandle = await inject('GET', '/admin/content/pages?q=COTTON-CARE');
    expect(byHandle.json().items).toEqual([
      {
        id: cotton.id,
        handle: '100-cotton-care',
        title: '100% cotton_care',
        status: 'published',
        updatedAt: cotton.updatedAt,
        publishedAt: cotton.publishedAt,
      },
    ]);
    const published = await inject('GET', '/admin/content/pages?status=published&q=guide');
    expect(published.json()).toEqual({ items: [], total: 0, nextCursor: null });

    expect((await inject('GET', '/admin/content/pages?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await inject('GET', '/admin/content/pages?limit=101')).statusCode).toBe(400);
    expect((await inject('GET', '/admin/content/pages?status=archived')).statusCode).toBe(400);
  });

  it('serves published pages to the storefront, cacheable with an ETag; drafts are 404', async () => {
    const page = await createPage({
      title: 'Our story',
      markdown: 'Since **1998**.',
      seoDescription: 'Who we are',
    });
    const hidden = await ctx.app.inject({ method: 'GET', url: '/store/pages/our-story' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('not_found');

    const published = await updatePage(page, { status: 'published' });
    const response = await ctx.app.inject({ method: 'GET', url: '/store/pages/our-story' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      handle: 'our-story',
      title: 'Our story',
      html: '<p>Since <strong>1998</strong>.</p>',
      seoTitle: null,
      seoDescription: 'Who we are',
      updatedAt: published.updatedAt,
    });
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const etag = String(response.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await ctx.app.inject({
      method: 'GET',
      url: '/store/pages/our-story',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    await updatePage(published, { markdown: 'Since 1999.' });
    const changed = await ctx.app.inject({
      method: 'GET',
      url: '/store/pages/our-story',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((await ctx.app.inject({ method: 'GET', url: '/store/pages/nope' })).statusCode).toBe(404);
  });

  it('records a revision on every save and restores an old one as a new version', async () => {
    const page = await createPage({ title: 'Care guide', markdown: 'First *draft*', seoTitle: 'Care' });
    const second = await updatePage(page, { markdown: 'Second', status: 'published' });
    const third = await updatePage(second, { title: 'Care instructions', handle: 'care', markdown: 'Third' });

    const revisions = await inject('GET', `/admin/content/pages/${page.id}/revisions`);
    expect(revisions.statusCode).toBe(200);
    const items = revisions.json<{
      items: {
        id: string;
        version: number;
        title: string;
        status: string;
        createdBy: { id: string; name: string };
      }[];
    }>().items;
    expect(items.map((item) => [item.version, item.title, item.status])).toEqual([
      [3, 'Care instructions', 'published'],
      [2, 'Care guide', 'published'],
      [1, 'Care guide', 'draft'],
    ]);
    expect(items[0]?.createdBy).toMatchObject({ id: expect.stringMatching(/^emp_/), name: 'Test owner' });
    const first = items[2]?.id ?? '';

    const stale = await inject('POST', `/admin/content/pages/${page.id}/revisions/${first}/restore`, {
      version: 2,
    });
    expect(stale.json()).toMatchObject({ status: 409, code: 'version_conflict' });

    const restored = await inject('POST', `/admin/content/pages/${page.id}/revisions/${first}/restore`, {
      version: third.version,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({
      version: 4,
      title: 'Care guide',
      handle: 'care-guide',
      markdown: 'First *draft*',
      html: '<p>First <em>draft</em></p>',
      seoTitle: 'Care',
      status: 'draft',
      publishedAt: null,
    });
    const after = (await inject('GET', `/admin/content/pages/${page.id}/revisions`)).json();
    expect(after.items.map((item: { version: number }) => item.version)).toEqual([4, 3, 2, 1]);

    // The revision's handle was taken by another page since: 409 on handle, nothing changes.
    const other = await createPage({ title: 'Other', handle: 'care', markdown: '' });
    const clash = await inject(
      'POST',
      `/admin/content/pages/${page.id}/revisions/${items[0]?.id}/restore`,
      {},
    );
    expect(clash.json()).toMatchObject({ status: 409, code: 'conflict', errors: [{ path: 'handle' }] });
    expect((await inject('GET', `/admin/content/pages/${page.id}`)).json().version).toBe(4);

    const foreign = await inject('POST', `/admin/content/pages/${other.id}/revisions/${first}/restore`, {});
    expect(foreign.statusCode).toBe(404);
    expect((await inject('GET', '/admin/content/pages/page_nope/revisions')).statusCode).toBe(404);
  });

  it('refuses to delete the terms or privacy page, and deletes other pages with their revisions', async () => {
    const terms = await createPage({ title: 'Terms', markdown: 'Rules', status: 'published' });
    const privacy = await createPage({ title: 'Privacy', markdown: 'Data' });
    const other = await createPage({ title: 'Old sale', markdown: 'Gone' });
    const setLegal = (choice: object) =>
      ctx.database.pool.query(
        `insert into content_documents (key, draft, published, version) values ('legal', $1, $1, 1)
         on conflict (key) do update set draft = excluded.draft, published = excluded.published`,
        [JSON.stringify(choice)],
      );
    await setLegal({ termsPageId: terms.id, privacyPageId: privacy.id, requireTermsAcceptance: true });

    for (const page of [terms, privacy]) {
      const refused = await inject('DELETE', `/admin/content/pages/${page.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('conflict');
    }
    expect((await inject('DELETE', `/admin/content/pages/${other.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/admin/content/pages/${other.id}`)).statusCode).toBe(404);
    const revisions = await ctx.database.pool.query('select 1 from page_revisions where page_id = $1', [
      other.id,
    ]);
    expect(revisions.rowCount).toBe(0);
    expect((await inject('DELETE', `/admin/content/pages/${other.id}`)).statusCode).toBe(404);

    await setLegal({ termsPageId: null, privacyPageId: privacy.id, requireTermsAcceptance: false });
    expect((await inject('DELETE', `/admin/content/pages/${terms.id}`)).statusCode).toBe(204);
  });

  it('needs content:write: 401 without a token, 403 for a warehouse employee, allowed to a content editor', async () => {
    expect((await inject('GET', '/admin/content/pages', undefined, {})).statusCode).toBe(401);
    const warehouse = (await signInEmployee(ctx.app, ctx.database.db, 'warehouse')).headers;
    const page = await createPage({ title: 'Staff only', markdown: '' });
    for (const [method, url, payload] of [
      ['GET', '/admin/content/pages', undefined],
      ['POST', '/admin/content/pages', { title: 'No', markdown: '' }],
      ['POST', '/admin/content/pages/preview', { markdown: '' }],
      ['PATCH', `/admin/content/pages/${page.id}`, { version: 1, title: 'No' }],
      ['DELETE', `/admin/content/pages/${page.id}`, undefined],
      ['GET', `/admin/content/pages/${page.id}/revisions`, undefined],
    ] as const) {
      expect((await inject(method, url, payload, warehouse)).statusCode, `${method} ${url}`).toBe(403);
    }

    const editor = (await signInEmployee(ctx.app, ctx.database.db, 'content_editor')).headers;
    const written = await createPage({ title: 'Editor page', markdown: 'By the editor' }, editor);
    const revisions = (
      await inject('GET', `/admin/content/pages/${written.id}/revisions`, undefined, editor)
    ).json();
    expect(revisions.items[0].createdBy.name).toBe('Test content_editor');

    // An integration's API key with content:write may edit; its revisions name no employee.
    const key = await inject('POST', '/admin/api-keys', { name: 'CMS sync', permissions: ['content:write'] });
    expect(key.statusCode, key.body).toBe(201);
    const apiKey = { authorization: `Bearer ${key.json().secret}` };
    const synced = await createPage({ title: 'Synced page', markdown: 'From the CMS' }, apiKey);
    const syncedRevisions = await inject(
      'GET',
      `/admin/content/pages/${synced.id}/revisions`,
      undefined,
      apiKey,
    );
    expect(syncedRevisions.json().items[0].createdBy).toBeNull();
  });

  it('lets one of two concurrent saves at the same version win, and one of two creations of a handle', async () => {
    const page = await createPage({ title: 'Raced', markdown: '' });
    const saves = await Promise.all(
      ['a', 'b', 'c'].map((markdown) =>
        inject('PATCH', `/admin/content/pages/${page.id}`, { version: 1, markdown }),
      ),
    );
    expect(saves.map((save) => save.statusCode).sort()).toEqual([200, 409, 409]);
    const revisions = (await inject('GET', `/admin/content/pages/${page.id}/revisions`)).json();
    expect(revisions.items.map((item: { version: number }) => item.version)).toEqual([2, 1]);

    const creations = await Promise.all(
      [1, 2, 3].map(() => inject('POST', '/admin/content/pages', { title: 'Twin', markdown: '' })),
    );
    expect(creations.map((creation) => creation.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('lists published pages in the pages sitemap, which the sitemap index points at', async () => {
    await createPage({ title: 'Shipping policy', markdown: '', status: 'published' });
    await createPage({ title: 'Unfinished draft', markdown: '' });
    const sitemap = await ctx.app.inject({ method: 'GET', url: '/store/sitemaps/pages.xml' });
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toMatch(
      /<url><loc>http:\/\/localhost:3001\/pages\/shipping-policy<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod><\/url>/,
    );
    expect(sitemap.body).not.toContain('unfinished-draft');
    const index = await ctx.app.inject({ method: 'GET', url: '/store/sitemap.xml' });
    expect(index.body).toContain('/store/sitemaps/pages.xml</loc>');
  });
});
