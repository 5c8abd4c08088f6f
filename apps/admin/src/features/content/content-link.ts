import type { components } from '@comptoir/sdk';

/** Where a menu item, call to action, banner or announcement leads (a category, product, page or address). */
export type ContentLink = components['schemas']['ContentLink'];
export type LinkType = ContentLink['type'];

/** A link as its form edits it: the kind, and the id or address typed or chosen so far (maybe none yet). */
export interface LinkDraft {
  type: LinkType;
  /** The category, product or page id; empty until one is chosen. */
  targetId: string;
  url: string;
}

export const linkTypeOptions: { value: LinkType; label: string }[] = [
  { value: 'category', label: 'Category' },
  { value: 'product', label: 'Product' },
  { value: 'page', label: 'Page' },
  { value: 'url', label: 'Web address' },
];

export function emptyLinkDraft(type: LinkType = 'url'): LinkDraft {
  return { type, targetId: '', url: '' };
}

export function toLinkDraft(link: ContentLink | null | undefined): LinkDraft {
  if (!link) return emptyLinkDraft();
  switch (link.type) {
    case 'category':
      return { type: 'category', targetId: link.categoryId, url: '' };
    case 'product':
      return { type: 'product', targetId: link.productId, url: '' };
    case 'page':
      return { type: 'page', targetId: link.pageId, url: '' };
    case 'url':
      return { type: 'url', targetId: '', url: link.url };
  }
}

/**
 * The link to send, or null while nothing is chosen (an empty address, no target). The API checks the rest
 * (a `javascript:` address, a deleted target) and answers on the field.
 */
export function fromLinkDraft(draft: LinkDraft): ContentLink | null {
  switch (draft.type) {
    case 'category':
      return draft.targetId ? { type: 'category', categoryId: draft.targetId } : null;
    case 'product':
      return draft.targetId ? { type: 'product', productId: draft.targetId } : null;
    case 'page':
      return draft.targetId ? { type: 'page', pageId: draft.targetId } : null;
    case 'url': {
      const url = draft.url.trim();
      return url ? { type: 'url', url } : null;
    }
  }
}

/** Where a link's chosen target shows its error: `categoryId`, `productId`, `pageId` or `url`. */
export function linkTargetField(type: LinkType): string {
  return type === 'url' ? 'url' : `${type}Id`;
}
