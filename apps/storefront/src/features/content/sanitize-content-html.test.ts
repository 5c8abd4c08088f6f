import { describe, expect, it } from 'vitest';
import { isInternalHref, isSafeHref } from './content-href';
import { sanitizeContentHtml } from './sanitize-content-html';

describe('sanitizeContentHtml', () => {
  it("keeps what the API's Markdown renderer writes", () => {
    const html =
      '<h2>Delivery</h2><p>We ship <em>fast</em> and <strong>free</strong>.</p><ul><li>France</li></ul>' +
      '<table><thead><tr><th align="right">Zone</th></tr></thead><tbody><tr><td>FR</td></tr></tbody></table>' +
      '<blockquote>Quote</blockquote><pre><code>code</code></pre><hr><img src="/media/a.png" alt="A">' +
      '<p><a href="/pages/returns">Returns</a> <a href="mailto:help@example.com">Mail</a></p>';
    expect(sanitizeContentHtml(html)).toBe(html);
  });

  it('removes scripts, frames, forms, styles, event handlers and unsafe addresses', () => {
    const clean = sanitizeContentHtml(
      '<p style="color:red" onclick="steal()">Hi</p><script>steal()</script><iframe src="https://x"></iframe>' +
        '<form action="https://x"><input name="card"></form><style>p{}</style>' +
        '<img src="x" onerror="steal()"><a href="javascript:steal()">a</a><a href="JaVaScRiPt:steal()">b</a>' +
        '<a href="data:text/html,<script>steal()</script>">c</a><svg><script>steal()</script></svg>',
    );
    expect(clean).not.toMatch(/script|iframe|form|input|style|onclick|onerror|javascript|data:|svg/i);
    expect(clean).toContain('<p>Hi</p>');
  });

  it('stops links to other sites from reaching back to the page', () => {
    expect(sanitizeContentHtml('<a href="https://partner.example.com" target="_blank">P</a>')).toBe(
      '<a href="https://partner.example.com" rel="noopener noreferrer">P</a>',
    );
  });
});

describe('content links', () => {
  it('accepts storefront paths, http(s) and mailto only', () => {
    expect(isSafeHref('/pages/terms')).toBe(true);
    expect(isSafeHref('https://example.com')).toBe(true);
    expect(isSafeHref('mailto:help@example.com')).toBe(true);
    expect(isSafeHref('//evil.example.com')).toBe(false);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isInternalHref('/categories/femme')).toBe(true);
    expect(isInternalHref('https://example.com/x')).toBe(false);
  });
});
