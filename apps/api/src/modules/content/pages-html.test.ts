import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { renderMarkdown } from './content-html';

let ctx: TestContext;
let editor: { authorization: string };

beforeAll(async () => {
  ctx = await buildTestApp();
  editor = (await signInEmployee(ctx.app, ctx.database.db, 'content_editor')).headers;
});
afterAll(async () => ctx.close());

// Each on its own paragraph, so that each is parsed as Markdown or raw HTML on its own.
const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[plain](javascript:alert(1))',
  '[entity](JaVaScRiPt&#58;alert(1))',
  '[decimal](&#106;avascript:alert(1))',
  '<a href="  javascript:alert(1)">spaces</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">hex</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body { display: none }</style>',
  '<div style="position:fixed;inset:0">covered</div>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![pixel](data:image/svg+xml;base64,PHN2Zz4=)',
  '<form action="https://evil.example/"><input name="card"><button>Pay</button></form>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<p onmouseover="alert(1)">hover</p>',
  '<a href="https://example.org/" target="_blank" onclick="alert(1)">outside</a>',
  '<a href="//evil.example/">protocol-relative</a>',
];

const normal = [
  '# Our story',
  'We are **small** and *proud*, see [our shop](https://example.com/shop) or [contact](/pages/contact).',
  '- linen\n- cotton',
  '| Size | Chest |\n| --- | --- |\n| M | 96 cm |',
];

const markdown = [...normal, ...attacks].join('\n\n');

function expectSafe(html: string) {
  const lower = html.toLowerCase();
  for (const forbidden of [
    '<script',
    'onerror',
    'onload',
    'onmouseover',
    'onclick',
    'javascript:',
    'vbscript:',
    '<iframe',
    '<svg',
    '<math',
    '<style',
    'style=',
    'data:',
    '<form',
    '<input',
    '<object',
    '<embed',
    'target=',
    '//evil.example',
  ]) {
    expect(lower, `${forbidden} in ${html}`).not.toContain(forbidden);
  }
}

function expectMarkdownKept(html: string) {
  expect(html).toContain('<h1>Our story</h1>');
  expect(html).toContain('<strong>small</strong>');
  expect(html).toContain('<em>proud</em>');
  expect(html).toContain('<a href="https://example.com/shop" rel="noopener noreferrer">our shop</a>');
  expect(html).toContain('<a href="/pages/contact">contact</a>');
  expect(html).toMatch(/<ul>\s*<li>linen<\/li>\s*<li>cotton<\/li>\s*<\/ul>/);
  expect(html).toContain('<table>');
  expect(html).toContain('<td>96 cm</td>');
}

describe('stored XSS', () => {
  it('saves and publishes hostile Markdown, and the storefront gets only safe HTML', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/admin/content/pages',
      headers: editor,
      payload: { title: 'Hostile', markdown, status: 'published' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().markdown).toBe(markdown);
    expectSafe(created.json().html);

    const store = await ctx.app.inject({ method: 'GET', url: '/store/pages/hostile' });
    expect(store.statusCode, store.body).toBe(200);
    const html = store.json<{ html: string }>().html;
    expectSafe(html);
    expectMarkdownKept(html);
    // Anchors whose address was refused keep their text, not the look of a link.
    expect(html).toContain('<span>plain</span>');
    expect(html).not.toMatch(/<a>|<a [^>]*href="(?!https?:|\/|mailto:)/);
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">outside</a>');

    const stored = await ctx.database.pool.query<{ html: string }>(
      'select html from pages where handle = $1',
      ['hostile'],
    );
    expect(stored.rows[0]?.html).toBe(html);
  });

  it('previews with the same renderer and sanitiser, saving nothing', async () => {
    const preview = await ctx.app.inject({
      method: 'POST',
      url: '/admin/content/pages/preview',
      headers: editor,
      payload: { markdown },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const { html } = preview.json<{ html: string }>();
    expectSafe(html);
    expectMarkdownKept(html);
    expect(html).toBe(renderMarkdown(markdown));

    const unknownField = await ctx.app.inject({
      method: 'POST',
      url: '/admin/content/pages/preview',
      headers: editor,
      payload: { markdown: 'x', html: '<b>x</b>' },
    });
    expect(unknownField.statusCode).toBe(400);
  });
});

describe('renderMarkdown', () => {
  it('keeps safe addresses: http(s) and mailto links, shop paths and fragments, http(s) and relative pictures', () => {
    expect(
      renderMarkdown('[a](mailto:shop@example.com) [b](#size) [c](/pages/x?y=1) [d](http://example.com)'),
    ).toBe(
      '<p><a href="mailto:shop@example.com">a</a> <a href="#size">b</a> <a href="/pages/x?y=1">c</a> ' +
        '<a href="http://example.com" rel="noopener noreferrer">d</a></p>',
    );
    expect(renderMarkdown('![Shop](https://cdn.example.com/a.jpg) ![Logo](/media/logo.png)')).toBe(
      '<p><img src="https://cdn.example.com/a.jpg" alt="Shop" /> <img src="/media/logo.png" alt="Logo" /></p>',
    );
    expect(renderMarkdown('<img src="https://cdn.example.com/a.jpg" alt="A" width="40" height="big">')).toBe(
      '<img src="https://cdn.example.com/a.jpg" alt="A" width="40" />',
    );
    expect(renderMarkdown('<a href="mailto:x@example.com" rel="opener">m</a>')).toBe(
      '<p><a href="mailto:x@example.com">m</a></p>',
    );
  });

  it('moves headings down by the offset, within h1–h6', () => {
    expect(renderMarkdown('# One\n\n###### Six', { headingOffset: 1 })).toBe('<h2>One</h2>\n<h6>Six</h6>');
    expect(renderMarkdown('# One')).toBe('<h1>One</h1>');
  });

  it('keeps code as text and GFM extras that are safe', () => {
    expect(renderMarkdown('```html\n<script>alert(1)</script>\n```')).toBe(
      '<pre><code class="language-html">&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>',
    );
    expect(renderMarkdown('~~old~~ price\\\nnew line\n\n> quoted\n\n---')).toBe(
      '<p><del>old</del> price<br />new line</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />',
    );
  });
});
