import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { checkoutRequest, createVariant, openShop, readyCart } from '../../../test/store-fixtures';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;
let pages: { about: string; terms: string; privacy: string; draft: string };

interface StoreMenuItem {
  label: string;
  href: string;
  external: boolean;
  children: StoreMenuItem[];
}

const inject = (method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: owner, ...(payload ? { payload } : {}) });

async function createPage(title: string, status: 'draft' | 'published') {
  const response = await inject('POST', '/admin/content/pages', { title, markdown: `# ${title}`, status });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const storeNavigation = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/store/content/navigation' })).json<{
    header: StoreMenuItem[];
    footer: StoreMenuItem[];
  }>();

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  pages = {
    about: await createPage('Our story', 'published'),
    terms: await createPage('Terms and conditions', 'published'),
    privacy: await createPage('Privacy policy', 'published'),
    draft: await createPage('Coming soon', 'draft'),
  };
});
afterAll(async () => ctx.close());

describe('menus', () => {
  it('saves two levels and serves them with storefront addresses, hiding links to unpublished pages', async () => {
    const saved = await inject('PUT', '/admin/content/navigation/footer', {
      version: 0,
      items: [
        {
          id: 'help',
          label: 'Help',
          link: { type: 'url', url: '/contact' },
          children: [
            { id: 'story', label: 'Our story', link: { type: 'page', pageId: pages.about } },
            { id: 'soon', label: 'Soon', link: { type: 'page', pageId: pages.draft } },
          ],
        },
        { id: 'insta', label: 'Instagram', link: { type: 'url', url: 'https://instagram.com/maison' } },
        { id: 'hidden', label: 'Coming soon', link: { type: 'page', pageId: pages.draft } },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const menu = saved.json<{ version: number; items: { target: { title: string } | null }[] }>();
    expect(menu.version).toBe(1);
    expect(menu.items[2]?.target).toEqual({ title: 'Coming soon' });

    expect((await storeNavigation()).footer).toEqual([
      {
        label: 'Help',
        href: '/contact',
        external: false,
        children: [{ label: 'Our story', href: '/pages/our-story', external: false, children: [] }],
      },
      { label: 'Instagram', href: 'https://instagram.com/maison', external: true, children: [] },
    ]);
    expect((await storeNavigation()).header).toEqual([]);

    // Publishing the page brings its links back, without touching the menu.
    const page = await inject('GET', `/admin/content/pages/${pages.draft}`);
    const published = await inject('PATCH', `/admin/content/pages/${pages.draft}`, {
      status: 'published',
      version: page.json<{ version: number }>().version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect((await storeNavigation()).footer.map((item) => item.label)).toEqual([
      'Help',
      'Instagram',
      'Coming soon',
    ]);
    await inject('PATCH', `/admin/content/pages/${pages.draft}`, { status: 'draft' });
  });

  it('refuses a third level, unknown targets, repeated ids and a stale version', async () => {
    const third = await inject('PUT', '/admin/content/navigation/header', {
      items: [
        {
          id: 'a',
          label: 'A',
          link: { type: 'url', url: '/a' },
          children: [
            {
              id: 'b',
              label: 'B',
              link: { type: 'url', url: '/b' },
              children: [{ id: 'c', label: 'C', link: { type: 'url', url: '/c' } }],
            },
          ],
        },
      ],
    });
    expect(third.statusCode).toBe(400);
    expect(third.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('items.0.children.0.children');

    const unknown = await inject('PUT', '/admin/content/navigation/header', {
      items: [
        { id: 'a', label: 'A', link: { type: 'category', categoryId: 'cat_missing' } },
        { id: 'a', label: 'B', link: { type: 'product', productId: 'prod_missing' } },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown
        .json<{ errors: { path: string }[] }>()
        .errors.map((error) => error.path)
        .sort(),
    ).toEqual(['items.0.link.categoryId', 'items.1.id', 'items.1.link.productId']);

    const stale = await inject('PUT', '/admin/content/navigation/footer', { version: 0, items: [] });
    expect(stale.statusCode).toBe(409);
    const unknownMenu = await inject('PUT', '/admin/content/navigation/sidebar', { items: [] });
    expect(unknownMenu.statusCode).toBe(400);
  });
});

describe('legal pages and checkout', () => {
  it('asks for the terms at checkout when required, and stores the acceptance with the order', async () => {
    const variantId = await createVariant(ctx.app, owner, { sku: 'TERMS-1', price: 2500, stockOnHand: 10 });
    const noTermsYet = await checkoutRequest(
      ctx.app,
      await readyCart(ctx.app, { variantId, methodId: france }),
    );
    expect(noTermsYet.statusCode, noTermsYet.body).toBe(201);
    expect(noTermsYet.json<{ termsAcceptedAt: string | null }>().termsAcceptedAt).toBeNull();

    const requireWithoutPage = await inject('PUT', '/admin/content/legal', {
      termsPageId: null,
      privacyPageId: pages.privacy,
      requireTermsAcceptance: true,
    });
    expect(requireWithoutPage.statusCode).toBe(400);
    expect(requireWithoutPage.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('termsPageId');

    const legal = await inject('PUT', '/admin/content/legal', {
      termsPageId: pages.terms,
      privacyPageId: pages.privacy,
      requireTermsAcceptance: true,
      version: 0,
    });
    expect(legal.statusCode, legal.body).toBe(200);
    const theme = (await ctx.app.inject({ method: 'GET', url: '/store/content/theme' })).json<{
      legal: object;
    }>();
    expect(theme.legal).toEqual({
      terms: { handle: 'terms-and-conditions', title: 'Terms and conditions' },
      privacy: { handle: 'privacy-policy', title: 'Privacy policy' },
      requireTermsAcceptance: true,
    });

    const cartId = await readyCart(ctx.app, { variantId, methodId: france });
    const refused = await checkoutRequest(ctx.app, cartId);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'acceptTerms', message: 'Accept the terms and conditions to place your order.' },
    ]);
    const declined = await checkoutRequest(ctx.app, cartId, { acceptTerms: false });
    expect(declined.statusCode).toBe(400);

    const before = Date.now();
    const accepted = await checkoutRequest(ctx.app, cartId, { acceptTerms: true });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const order = accepted.json<{ id: string; termsAcceptedAt: string }>();
    expect(Date.parse(order.termsAcceptedAt)).toBeGreaterThanOrEqual(before - 1000);
    const adminOrder = await inject('GET', `/admin/orders/${order.id}`);
    expect(adminOrder.json<{ termsAcceptedAt: string }>().termsAcceptedAt).toBe(order.termsAcceptedAt);
  });

  it('does not ask while the terms page is unpublished, and refuses deleting a legal page', async () => {
    const terms = await inject('GET', `/admin/content/pages/${pages.terms}`);
    await inject('PATCH', `/admin/content/pages/${pages.terms}`, {
      status: 'draft',
      version: terms.json<{ version: number }>().version,
    });
    const theme = (await ctx.app.inject({ method: 'GET', url: '/store/content/theme' })).json<{
      legal: { terms: unknown; requireTermsAcceptance: boolean };
    }>();
    expect(theme.legal).toMatchObject({ terms: null, requireTermsAcceptance: false });
    const variantId = await createVariant(ctx.app, owner, { sku: 'TERMS-2', price: 2500, stockOnHand: 10 });
    const order = await checkoutRequest(ctx.app, await readyCart(ctx.app, { variantId, methodId: france }));
    expect(order.statusCode, order.body).toBe(201);

    const deleted = await inject('DELETE', `/admin/content/pages/${pages.privacy}`);
    expect(deleted.statusCode).toBe(409);
  });

  it('keeps legal and menu changes to employees with content:write', async () => {
    const analyst = (await signInEmployee(ctx.app, ctx.database.db, 'analyst')).headers;
    for (const [method, url] of [
      ['PUT', '/admin/content/legal'],
      ['PUT', '/admin/content/navigation/header'],
      ['GET', '/admin/content/navigation'],
    ] as const) {
      const response = await ctx.app.inject({ method, url, headers: analyst, payload: {} });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
  });
});
