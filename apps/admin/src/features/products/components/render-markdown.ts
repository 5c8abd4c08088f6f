import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown as HTML that is safe to insert: marked renders it (GitHub-flavoured) and DOMPurify strips scripts,
 * event handlers and `javascript:` links, since descriptions are typed by people. Loaded on demand (the
 * preview tab), so the two libraries stay out of the main bundle.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
