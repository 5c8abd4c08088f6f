import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app';
import { seedDemoContent } from './demo-content';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
  await seedDemoContent(ctx.database.db);
});
afterAll(async () => ctx.close());

it('gives the demo store published pages, a footer menu to them and its legal pages', async () => {
  const navigation = await ctx.app.inject({ method: 'GET', url: '/store/content/navigation' });
  const { footer } = navigation.json<{ footer: { label: string; children: { href: string }[] }[] }>();
  expect(footer.map((item) => item.label)).toEqual(['Our shop', 'Customer care']);
  const hrefs = footer.flatMap((item) => item.children.map((child) => child.href));
  expect(hrefs).toEqual(['/pages/about-us', '/contact', '/pages/delivery', '/pages/returns-policy']);
  for (const href of hrefs.filter((path) => path.startsWith('/pages/'))) {
    const page = await ctx.app.inject({ method: 'GET', url: href.replace('/pages/', '/store/pages/') });
    expect(page.statusCode, href).toBe(200);
  }
  const theme = await ctx.app.inject({ method: 'GET', url: '/store/content/theme' });
  expect(theme.json<{ legal: object }>().legal).toEqual({
    terms: { handle: 'terms-and-conditions', title: 'Terms and conditions' },
    privacy: { handle: 'privacy-policy', title: 'Privacy policy' },
    requireTermsAcceptance: false,
  });
});
