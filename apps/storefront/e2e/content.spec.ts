import { type APIRequestContext, expect, test } from '@playwright/test';
import { urls } from '../playwright.config';

/** The demo store's owner (see the shared journey configuration). */
async function ownerHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post(`${urls.api}/admin/auth/login`, {
    data: { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

// Each payload would set window.__xss or open a dialog if any of it ran in the page.
const hostileMarkdown = [
  '## Opening hours',
  'Monday to Saturday, **10:00–19:00**. See the [delivery page](/pages/delivery).',
  '<script>window.__xss = "script"</script>',
  '<img src="/nope.png" onerror="window.__xss = \'img\'">',
  "[tap here](javascript:window.__xss='link')",
  '<a href="jav&#x09;ascript:window.__xss=\'tab\'">tab link</a>',
  '<svg onload="window.__xss=\'svg\'"><circle r="5"/></svg>',
  '<iframe src="javascript:parent.__xss=\'frame\'"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="window.__xss=\'click\'">styled</div>',
  '<form action="https://evil.example"><button>Win a prize</button></form>',
].join('\n\n');

test('script in a page never runs on the storefront: stored XSS through the API, rendered in Chromium', async ({
  page,
  request,
}) => {
  const headers = await ownerHeaders(request);
  const handle = `opening-hours-${Date.now()}`;
  const created = await request.post(`${urls.api}/admin/content/pages`, {
    headers,
    data: {
      title: 'Opening hours',
      handle,
      markdown: hostileMarkdown,
      seoDescription: 'When our shop is open.',
      status: 'published',
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  // The Store API already answers clean HTML.
  const stored = (await (await request.get(`${urls.api}/store/pages/${handle}`)).json()) as { html: string };
  for (const unsafe of [
    '<script',
    'onerror',
    'onload',
    'onclick',
    'javascript:',
    '<iframe',
    '<svg',
    'style=',
    '<form',
  ]) {
    expect(stored.html).not.toContain(unsafe);
  }

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/pages/${handle}`);
  const content = page.getByRole('main');
  await expect(content.getByRole('heading', { level: 1, name: 'Opening hours' })).toBeVisible();
  await expect(content.getByText('10:00–19:00')).toBeVisible();
  await expect(page).toHaveTitle(/Opening hours/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'When our shop is open.');

  // Clicking what is left of the hostile links and elements runs nothing either.
  await content.getByText('tap here').click();
  await content.getByText('styled').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const inserted = page.locator('main');
  await expect(
    inserted.locator('script, iframe, svg, form, [onerror], [onload], [onclick], [style]'),
  ).toHaveCount(0);
  await expect(inserted.locator('a[href^="javascript"]')).toHaveCount(0);

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/content-page-${width}.png`, fullPage: true });
  }
});

test('the demo footer links to the published pages, and they are in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Delivery' }).click();
  await expect(page).toHaveURL(/\/pages\/delivery$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeVisible();
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: /Terms and conditions/ }),
  ).toBeVisible();
  const sitemap = await (await request.get(`${urls.api}/store/sitemaps/pages.xml`)).text();
  expect(sitemap).toContain('/pages/delivery</loc>');
});
