import DOMPurify from 'dompurify';

/** What the API's Markdown renderer may produce (see the content contract); anything else is dropped. */
const allowedTags = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
];
const allowedAttributes = ['href', 'src', 'alt', 'title', 'rel', 'align', 'start', 'colspan', 'rowspan'];

/** http(s), mailto, and addresses without a scheme (storefront paths, relative pictures, #anchors). */
const allowedUri = /^(?:(?:https?|mailto):|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.\-:]|$))/i;

/**
 * The content API's HTML (pages, rich-text sections), sanitised once more before it is inserted. The API
 * already sanitises on save; this is defence in depth, so a compromised or buggy answer still cannot run script
 * here: only the renderer's elements survive, without event handlers, styles or `javascript:` addresses. Links
 * to other sites get `rel="noopener noreferrer"`.
 */
export function sanitizeContentHtml(html: string): string {
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedUri,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const link of fragment.querySelectorAll('a[href]')) {
    if (/^(https?:)?\/\//i.test(link.getAttribute('href') ?? ''))
      link.setAttribute('rel', 'noopener noreferrer');
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
