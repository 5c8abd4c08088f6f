import { useEffect } from 'react';
import { useDocumentTitle } from './use-document-title';

export interface PageMeta {
  /** Title parts, e.g. `['Dresses', storeName]` → "Dresses · Store" (tab title and og:title). */
  title: ReadonlyArray<string | null | undefined>;
  /** The meta description and og:description; the page's default (index.html's) when absent. */
  description?: string | null;
  /** Path (and query) of the page's canonical address; made absolute on the page's origin. */
  canonicalPath?: string;
  /** Image URL for og:image (root-relative URLs are made absolute). */
  image?: string | null;
  /** og:type: `website` by default, `product` on product pages. */
  type?: 'website' | 'product';
}

type HeadTag = { selector: string; create: () => HTMLElement; attribute: 'content' | 'href' };

const metaTag = (attribute: 'name' | 'property', key: string): HeadTag => ({
  selector: `meta[${attribute}="${key}"]`,
  create: () => {
    const element = document.createElement('meta');
    element.setAttribute(attribute, key);
    return element;
  },
  attribute: 'content',
});

const headTags = {
  description: metaTag('name', 'description'),
  canonical: {
    selector: 'link[rel="canonical"]',
    create: () => {
      const element = document.createElement('link');
      element.rel = 'canonical';
      return element;
    },
    attribute: 'href',
  },
  ogTitle: metaTag('property', 'og:title'),
  ogDescription: metaTag('property', 'og:description'),
  ogImage: metaTag('property', 'og:image'),
  ogUrl: metaTag('property', 'og:url'),
  ogType: metaTag('property', 'og:type'),
} satisfies Record<string, HeadTag>;

type HeadValues = Partial<Record<keyof typeof headTags, string>>;

/**
 * Sets the head tags a shared link or a crawler reads (meta description, canonical link, Open Graph) while the
 * page is mounted, and puts back what was there before when it leaves. The SPA has one `index.html`, so
 * tags are updated in place rather than added next to the defaults (no duplicate descriptions).
 */
function useHeadTags(values: HeadValues): void {
  const key = JSON.stringify(values);
  useEffect(() => {
    const current = JSON.parse(key) as HeadValues;
    const restore: (() => void)[] = [];
    for (const [name, tag] of Object.entries(headTags) as [keyof typeof headTags, HeadTag][]) {
      const value = current[name];
      let element = document.head.querySelector<HTMLElement>(tag.selector);
      if (value === undefined) {
        continue;
      }
      if (element) {
        const previous = element.getAttribute(tag.attribute);
        const existing = element;
        existing.setAttribute(tag.attribute, value);
        restore.push(() => {
          if (previous === null) existing.removeAttribute(tag.attribute);
          else existing.setAttribute(tag.attribute, previous);
        });
      } else {
        element = tag.create();
        element.setAttribute(tag.attribute, value);
        document.head.append(element);
        const created = element;
        restore.push(() => created.remove());
      }
    }
    return () => {
      for (const undo of restore.reverse()) undo();
    };
  }, [key]);
}

function absoluteUrl(url: string): string {
  return new URL(url, window.location.origin).href;
}

/** The page's tab title (through `useDocumentTitle`), description, canonical address and Open Graph tags. */
export function usePageMeta({ title, description, canonicalPath, image, type = 'website' }: PageMeta): void {
  useDocumentTitle(title);
  const fullTitle = title.filter((part): part is string => Boolean(part)).join(' · ');
  const values: HeadValues = { ogType: type };
  if (fullTitle) values.ogTitle = fullTitle;
  if (description) {
    values.description = description;
    values.ogDescription = description;
  }
  if (canonicalPath !== undefined) {
    values.canonical = absoluteUrl(canonicalPath);
    values.ogUrl = values.canonical;
  }
  if (image) values.ogImage = absoluteUrl(image);
  useHeadTags(values);
}
