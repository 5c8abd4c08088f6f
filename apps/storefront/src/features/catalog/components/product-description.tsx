import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import './product-description.css';

/**
 * Markdown to HTML that is safe to insert: `marked` renders it, DOMPurify keeps only harmless elements and
 * attributes (no scripts, event handlers, `javascript:` links, forms or frames). Raw HTML in the Markdown is
 * escaped rather than rendered: descriptions are text, not markup.
 */
export function renderDescription(markdown: string): string {
  const html = marked.parse(markdown, {
    async: false,
    gfm: true,
    breaks: false,
    renderer: escapingRenderer,
  });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'img'],
    FORBID_ATTR: ['style'],
  });
}

const escapingRenderer = new marked.Renderer();
escapingRenderer.html = ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// The page's h1 is the product title and "Description" is its h2: the description's own headings go below.
escapingRenderer.heading = function heading({ tokens, depth }) {
  const level = Math.min(depth + 2, 6);
  return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
};

/** A product description written in Markdown, rendered safely. */
export function ProductDescription({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderDescription(markdown), [markdown]);
  // Sanitised above: this is the one place the storefront inserts HTML.
  return <div className="sf-description" dangerouslySetInnerHTML={{ __html: html }} />;
}
