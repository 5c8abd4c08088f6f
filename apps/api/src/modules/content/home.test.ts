import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { createVariant, openShop } from '../../../test/store-fixtures';

// The app's clock is this variable: scheduled sections are checked against it.
let now = new Date('2026-12-01T10:00:00Z');
let ctx: TestContext;
let owner: Record<string, string>;
let categoryId: string;
let productIds: { active: string; draft: string };

interface StoreSection {
  id: string;
  type: string;
  heading?: string | null;
  html?: string;
  products?: { id: string; handle: string }[];
  categories?: { id: string; handle: string; name: string }[];
  cta?: { label: string; href: string; external: boolean } | null;
  link?: { href: string; external: boolean } | null;
}
interface StoreHome {
  published: boolean;
  sections: StoreSection[];
}

const inject = (method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: owner, ...(payload ? { payload } : {}) });

async function storeHome(query = ''): Promise<StoreHome> {
  const response = await ctx.app.inject({ method: 'GET', url: `/store/content/home${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StoreHome>();
}

async function publishSections(sections: object[]) {
  const saved = await inject('PUT', '/admin/content/home', { sections });
  expect(saved.statusCode, saved.body).toBe(200);
  const published = await inject('POST', '/admin/content/home/publish', {
    version: saved.json<{ version: number }>().version,
  });
  expect(published.statusCode, published.body).toBe(200);
}

beforeAll(async () => {
  ({ ctx, owner } = await openShop({ clock: () => now }));
  const category = await inject('POST', '/admin/categories', { name: 'Bedding' });
  expect(category.statusCode, category.body).toBe(201);
  categoryId = category.json<{ id: string }>().id;
  await createVariant(ctx.app, owner, { sku: 'SHEET-1', price: 4900 }, { categoryIds: [categoryId] });
  const products = await inject('GET', '/admin/products?limit=10');
  const active = products.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  const draft = await inject('POST', '/admin/products', {
    title: 'Secret prototype',
    status: 'draft',
    variants: [{ sku: 'PROTO-1', price: 100 }],
  });
  expect(draft.statusCode, draft.body).toBe(201);
  productIds = { active, draft: draft.json<{ id: string }>().id };
});
afterAll(async () => ctx.close());

describe('homepage sections', () => {
  it('says the homepage is unpublished until it is, so storefronts keep their own', async () => {
    expect(await storeHome()).toEqual({ published: false, sections: [] });
    const early = await inject('POST', '/admin/content/home/publish', {});
    expect(early.statusCode).toBe(409);
  });

  it('resolves sections in order: hero link, category tiles, active products only, category products', async () => {
    await publishSections([
      {
        id: 'hero',
        type: 'hero',
        heading: 'Winter linen',
        text: 'Warm and breathable.',
        cta: { label: 'Shop bedding', link: { type: 'category', categoryId } },
      },
      { id: 'tiles', type: 'featured_categories', heading: 'Shop by room', categoryIds: [categoryId] },
      {
        id: 'picks',
        type: 'featured_products',
        heading: 'Our picks',
        productIds: [productIds.draft, productIds.active],
      },
      { id: 'bedding', type: 'category_products', heading: 'Bedding', categoryId, limit: 4 },
      { id: 'only-draft', type: 'featured_products', heading: null, productIds: [productIds.draft] },
    ]);
    const home = await storeHome();
    expect(home.published).toBe(true);
    // The section whose only product is a draft has nothing to show: it is left out.
    expect(home.sections.map((section) => section.id)).toEqual(['hero', 'tiles', 'picks', 'bedding']);
    expect(home.sections[0]?.cta).toEqual({
      label: 'Shop bedding',
      href: '/categories/bedding',
      external: false,
    });
    expect(home.sections[1]?.categories).toEqual([{ id: categoryId, handle: 'bedding', name: 'Bedding' }]);
    expect(home.sections[2]?.products?.map((product) => product.id)).toEqual([productIds.active]);
    expect(home.sections[3]?.products?.map((product) => product.id)).toEqual([productIds.active]);
  });

  it('shows scheduled sections only between their start and end (injected clock)', async () => {
    await publishSections([
      { id: 'always', type: 'rich_text', heading: null, markdown: 'Welcome' },
      {
        id: 'sale',
        type: 'promo_banner',
        text: 'Weekend sale',
        link: { type: 'url', url: 'https://example.com/sale' },
        startsAt: '2026-12-05T00:00:00+01:00',
        endsAt: '2026-12-07T00:00:00+01:00',
      },
    ]);
    const ids = async () => (await storeHome()).sections.map((section) => section.id);
    now = new Date('2026-12-04T22:59:59Z');
    expect(await ids()).toEqual(['always']);
    now = new Date('2026-12-04T23:00:00Z');
    expect(await ids()).toEqual(['always', 'sale']);
    expect((await storeHome()).sections[1]?.link).toEqual({
      href: 'https://example.com/sale',
      external: true,
    });
    now = new Date('2026-12-06T22:59:59Z');
    expect(await ids()).toEqual(['always', 'sale']);
    now = new Date('2026-12-06T23:00:00Z');
    expect(await ids()).toEqual(['always']);
    now = new Date('2026-12-01T10:00:00Z');
  });

  it('serves rich text as sanitised HTML: no script, handler or javascript: link reaches the storefront', async () => {
    await publishSections([
      {
        id: 'story',
        type: 'rich_text',
        heading: 'Our story',
        markdown:
          '## Made in Normandy\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n' +
          '[click](javascript:alert(3)) <a href="jav&#x09;ascript:alert(4)">tab</a> **bold**',
      },
    ]);
    const [section] = (await storeHome()).sections;
    const html = section?.html ?? '';
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<h[2-6]>Made in Normandy<\/h[2-6]>/);
    for (const unsafe of ['<script', 'onerror', 'javascript:', 'alert(1)'])
      expect(html).not.toContain(unsafe);
  });

  it('refuses unknown references, repeated ids and backwards schedules, each on its field', async () => {
    const response = await inject('PUT', '/admin/content/home', {
      sections: [
        { id: 'a', type: 'featured_categories', heading: null, categoryIds: ['cat_missing'] },
        { id: 'a', type: 'featured_products', heading: null, productIds: ['prod_missing'] },
        {
          id: 'b',
          type: 'hero',
          heading: 'Hi',
          imageId: 'cimg_missing',
          startsAt: '2026-12-05T00:00:00Z',
          endsAt: '2026-12-04T00:00:00Z',
        },
      ],
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json<{ errors: { path: string }[] }>()
      .errors.map((error) => error.path)
      .sort();
    expect(paths).toEqual([
      'sections.0.categoryIds.0',
      'sections.1.id',
      'sections.1.productIds.0',
      'sections.2.endsAt',
      'sections.2.imageId',
    ]);
    const unknownType = await inject('PUT', '/admin/content/home', {
      sections: [{ id: 'x', type: 'carousel' }],
    });
    expect(unknownType.statusCode).toBe(400);
  });

  it('previews the draft without publishing it', async () => {
    const current = await inject('GET', '/admin/content/home');
    const draft = await inject('PUT', '/admin/content/home', {
      sections: [{ id: 'next', type: 'hero', heading: 'Coming soon' }],
      version: current.json<{ version: number }>().version,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json<{ hasUnpublishedChanges: boolean }>().hasUnpublishedChanges).toBe(true);
    const { token } = (await inject('POST', '/admin/content/preview', {})).json<{ token: string }>();
    const preview = await storeHome(`?preview=${encodeURIComponent(token)}`);
    expect(preview.sections.map((section) => section.heading)).toEqual(['Coming soon']);
    expect((await storeHome()).sections.map((section) => section.heading)).not.toContain('Coming soon');
  });
});
