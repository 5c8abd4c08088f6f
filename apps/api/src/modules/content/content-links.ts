import { z } from 'zod';

/** Where a menu item, call to action or banner leads: a catalog page, a CMS page or an address. */
export const contentLinkSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('category'), categoryId: z.string().min(1).max(40) }),
    z.strictObject({ type: z.literal('product'), productId: z.string().min(1).max(40) }),
    z.strictObject({ type: z.literal('page'), pageId: z.string().min(1).max(40) }),
    z.strictObject({
      type: z.literal('url'),
      url: z
        .string()
        .trim()
        .max(2000)
        .refine(
          isSafeUrl,
          'Use an address starting with https://, http://, mailto: or / (a page of the shop).',
        ),
    }),
  ])
  .meta({
    id: 'ContentLink',
    description:
      'A category, product or page (by id; shown only while it exists and is visible) or an address ' +
      '(`https://…`, `http://…`, `mailto:…` or a storefront path such as `/about`).',
  });

export type ContentLink = z.infer<typeof contentLinkSchema>;

/** Only schemes a shopper's browser opens safely; never `javascript:`, `data:` or protocol-relative `//`. */
export function isSafeUrl(url: string): boolean {
  if (/^\/(?![/\\])/.test(url)) return !/[\s<>"]/.test(url);
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(url)) return true;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** A link as the storefront follows it. */
export const resolvedLinkSchema = z
  .object({
    href: z.string(),
    external: z.boolean().meta({ description: 'Leaves the storefront (open with care, e.g. a new tab).' }),
  })
  .meta({ id: 'ResolvedLink' });

export type ResolvedLink = z.infer<typeof resolvedLinkSchema>;

/** What links point at, looked up once per answer. */
export interface LinkTargets {
  categories: Map<string, { handle: string; name: string }>;
  products: Map<string, { handle: string; title: string; active: boolean }>;
  pages: Map<string, { handle: string; title: string; published: boolean }>;
}

/** The ids a set of links points at, by kind. */
export function linkTargetIds(links: Iterable<ContentLink | null | undefined>) {
  const ids = { categories: new Set<string>(), products: new Set<string>(), pages: new Set<string>() };
  for (const link of links) {
    if (link?.type === 'category') ids.categories.add(link.categoryId);
    if (link?.type === 'product') ids.products.add(link.productId);
    if (link?.type === 'page') ids.pages.add(link.pageId);
  }
  return ids;
}

/** The storefront address of a link, or null when its target is gone, unpublished or inactive. */
export function resolveLink(link: ContentLink, targets: LinkTargets): ResolvedLink | null {
  switch (link.type) {
    case 'category': {
      const category = targets.categories.get(link.categoryId);
      return category ? { href: `/categories/${category.handle}`, external: false } : null;
    }
    case 'product': {
      const product = targets.products.get(link.productId);
      return product?.active ? { href: `/products/${product.handle}`, external: false } : null;
    }
    case 'page': {
      const page = targets.pages.get(link.pageId);
      return page?.published ? { href: `/pages/${page.handle}`, external: false } : null;
    }
    case 'url':
      return { href: link.url, external: !link.url.startsWith('/') };
  }
}

/** The title of a link's target for the back-office, or null when it no longer exists. */
export function linkTargetTitle(link: ContentLink, targets: LinkTargets): string | null {
  switch (link.type) {
    case 'category':
      return targets.categories.get(link.categoryId)?.name ?? null;
    case 'product':
      return targets.products.get(link.productId)?.title ?? null;
    case 'page':
      return targets.pages.get(link.pageId)?.title ?? null;
    case 'url':
      return link.url;
  }
}
