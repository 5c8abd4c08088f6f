import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** GFM (tables, strikethrough, autolinks), raw HTML passed on to the sanitiser; one instance, never reconfigured. */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

// Elements whose content is dropped with them, not kept as text: script, styles and embedded documents.
const contentlessTags = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'title',
  'xmp',
  'noembed',
  'noframes',
];

const alignment = { name: 'align', multiple: false, values: ['left', 'center', 'right'] };

/**
 * The URL as a browser would follow it, for checking: entities are already decoded by the parser, but
 * browsers also ignore control characters, whitespace and zero-width characters inside a scheme
 * (`java\tscript:`).
 */
function normaliseUrl(url: string): string {
  return [...url]
    .filter(
      (char) => char > ' ' && !(char >= '\u007f' && char <= '\u00a0') && !/[\s\u200b-\u200f]/u.test(char),
    )
    .join('');
}

type UrlKind = 'external' | 'mailto' | 'relative';

/** `external` for http(s), `mailto`, `relative` for a path, query or fragment of the shop; null for anything else. */
function classifyUrl(url: string, allowMailto: boolean): UrlKind | null {
  const compact = normaliseUrl(url);
  if (compact === '') return null;
  // `//host` and `/\host` are protocol-relative: another site.
  if (/^[/\\]{2}/.test(compact) || /^\\/.test(compact)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return /^[^:]*$/.test(compact.split(/[/?#]/, 1)[0] ?? '') ? 'relative' : null;
  if (scheme === 'http' || scheme === 'https') return 'external';
  if (scheme === 'mailto' && allowMailto) return 'mailto';
  return null;
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    ...headingTags,
    'p',
    'a',
    'ul',
    'ol',
    'li',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'hr',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'br',
    // Only as what remains of a link whose address was refused (no attributes).
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    code: ['class'],
    th: [alignment],
    td: [alignment],
  },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: contentlessTags,
  transformTags: {
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      const kind = href === undefined ? null : classifyUrl(href, true);
      // A link whose address was refused keeps its text, not its look: a link that goes nowhere misleads.
      if (kind === null) return { tagName: 'span', attribs: {} };
      const attributes: Record<string, string> = {};
      if (kind !== null && href !== undefined) attributes.href = href.trim();
      if (title !== undefined) attributes.title = title;
      // Another site must not get a handle on the shop's window nor learn which page linked to it.
      if (kind === 'external') attributes.rel = 'noopener noreferrer';
      return { tagName, attribs: attributes };
    },
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      const kind = src === undefined ? null : classifyUrl(src, false);
      const attributes: Record<string, string> = {};
      if (kind !== null && src !== undefined) attributes.src = src.trim();
      for (const name of ['alt', 'title', 'width', 'height'] as const) {
        const value = rest[name];
        if (value === undefined) continue;
        if ((name === 'width' || name === 'height') && !/^\d{1,5}$/.test(value.trim())) continue;
        attributes[name] = value.trim();
      }
      return { tagName, attribs: attributes };
    },
  },
  // A picture whose address was refused is dropped rather than left broken.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

function headingShift(offset: number): sanitizeHtml.IOptions['transformTags'] {
  const shifted: Record<string, string> = {};
  for (const [index, tag] of headingTags.entries()) {
    shifted[tag] = `h${Math.min(6, Math.max(1, index + 1 + offset))}`;
  }
  return shifted;
}

/**
 * Renders Markdown (GFM; raw HTML allowed) to HTML safe to insert in the storefront: only headings,
 * paragraphs, links (http, https, mailto, shop-relative), lists, emphasis, strike-through, code, quotes,
 * rules, pictures (http, https, shop-relative), tables and line breaks survive; scripts, styles, frames,
 * forms, SVG, event handlers, `style` attributes and `javascript:`/`data:`/`vbscript:` addresses (however
 * encoded) do not. Links to other sites get `rel="noopener noreferrer"`.
 *
 * `headingOffset` moves headings down (1: `#` becomes `<h2>`), for Markdown shown under a page's own title.
 */
export function renderMarkdown(source: string, options: { headingOffset?: number } = {}): string {
  const html = markdown.parse(source, { async: false });
  const offset = Math.trunc(options.headingOffset ?? 0);
  const config =
    offset === 0
      ? sanitizeOptions
      : { ...sanitizeOptions, transformTags: { ...sanitizeOptions.transformTags, ...headingShift(offset) } };
  return sanitizeHtml(html, config).trim();
}
