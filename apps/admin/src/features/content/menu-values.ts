import type { AdminMenu, AdminMenuItem } from './api/get-navigation';
import type { MenuUpdate } from './api/save-menu';
import { newContentId } from './content-ids';
import { emptyLinkDraft, fromLinkDraft, type LinkDraft, toLinkDraft } from './content-link';

/** A menu item as the editor holds it. */
export interface MenuItemDraft {
  id: string;
  label: string;
  link: LinkDraft;
  /** What the saved link points at: null when it is gone; undefined for a new or changed link (not checked yet). */
  target?: { title: string } | null;
  children: MenuItemDraft[];
}

function toDraft(item: AdminMenuItem | AdminMenuItem['children'][number]): MenuItemDraft {
  return {
    id: item.id,
    label: item.label,
    link: toLinkDraft(item.link),
    target: item.target,
    children: 'children' in item ? (item.children as AdminMenuItem['children']).map(toDraft) : [],
  };
}

export function toMenuDrafts(menu: AdminMenu): { items: MenuItemDraft[] } {
  return { items: menu.items.map(toDraft) };
}

export function newMenuItem(): MenuItemDraft {
  return { id: newContentId('nav'), label: '', link: emptyLinkDraft('category'), children: [] };
}

/**
 * The PUT body, or the ids of items whose link is not chosen yet (nothing is sent then). Two levels: a
 * sub-item's `children` is always empty.
 */
export function toMenuUpdate(
  items: readonly MenuItemDraft[],
  version: number,
): { update: MenuUpdate; incomplete: [] } | { update: null; incomplete: string[] } {
  const incomplete: string[] = [];
  const convert = (item: MenuItemDraft, depth: number): MenuUpdate['items'][number] => {
    const link = fromLinkDraft(item.link);
    if (!link) incomplete.push(item.id);
    return {
      id: item.id,
      label: item.label.trim(),
      link: link ?? { type: 'url', url: '' },
      children: depth === 0 ? item.children.map((child) => convert(child, 1)) : [],
    } as MenuUpdate['items'][number];
  };
  const update = { items: items.map((item) => convert(item, 0)), version };
  return incomplete.length > 0 ? { update: null, incomplete } : { update, incomplete: [] };
}

/** The id of the item an error path of a saved body points at (`items.2.children.0.label` → that child's id). */
export function menuErrorTarget(
  path: string,
  sent: MenuUpdate | undefined,
): { id: string; field: string } | null {
  const match = /^items\.(\d+)(?:\.children\.(\d+))?(?:\.(.*))?$/.exec(path);
  if (!match || !sent) return null;
  const parent = sent.items[Number(match[1])];
  const item = match[2] === undefined ? parent : parent?.children?.[Number(match[2])];
  return item ? { id: item.id, field: match[3] ?? '' } : null;
}

/** Makes the item at `index` a sub-item of the one before it (it must have no sub-items of its own). */
export function indentItem(items: readonly MenuItemDraft[], index: number): MenuItemDraft[] {
  const item = items[index];
  const previous = items[index - 1];
  if (!item || !previous || item.children.length > 0) return [...items];
  return items.flatMap((entry, at) => {
    if (at === index) return [];
    if (at === index - 1) return [{ ...previous, children: [...previous.children, item] }];
    return [entry];
  });
}

/** Moves sub-item `childIndex` of item `parentIndex` to the top level, just after its parent. */
export function outdentItem(
  items: readonly MenuItemDraft[],
  parentIndex: number,
  childIndex: number,
): MenuItemDraft[] {
  const parent = items[parentIndex];
  const child = parent?.children[childIndex];
  if (!parent || !child) return [...items];
  return items.flatMap((entry, at) =>
    at === parentIndex
      ? [{ ...parent, children: parent.children.filter((_, i) => i !== childIndex) }, child]
      : [entry],
  );
}
