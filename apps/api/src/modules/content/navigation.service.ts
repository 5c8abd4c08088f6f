import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import { type ContentDocumentRow, findDocuments, saveDraft } from './content.repository';
import { type LinkTargets, linkTargetTitle, resolveLink } from './content-links';
import { loadLinkTargets, type Memo, missingLinkTarget, noMemo, refuseFieldErrors } from './content-refs';
import {
  type AdminMenu,
  type MenuItem,
  type MenuKey,
  menuItemSchema,
  menuKeys,
  type StoreMenuItem,
  type StoreNavigation,
} from './navigation.schemas';

const documentKey = (menu: MenuKey) => `menu:${menu}` as const;

function parseItems(value: unknown): MenuItem[] {
  const parsed = menuItemSchema.array().safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Every item of a menu with its children, flattened (links of both levels). */
const allItems = (items: MenuItem[]) => items.flatMap((item) => [item, ...(item.children as MenuItem[])]);

function toAdminMenu(key: MenuKey, row: ContentDocumentRow | undefined, targets: LinkTargets): AdminMenu {
  const items = row ? parseItems(row.draft) : [];
  const withTarget = (item: MenuItem) => {
    const title = linkTargetTitle(item.link, targets);
    return { id: item.id, label: item.label, link: item.link, target: title === null ? null : { title } };
  };
  return {
    key,
    items: items.map((item) => ({
      ...withTarget(item),
      children: (item.children as MenuItem[]).map((child) => ({ ...withTarget(child), children: [] })),
    })),
    version: row?.version ?? 0,
    updatedAt: (row?.updatedAt ?? new Date(0)).toISOString(),
  };
}

/** Both menus, each item with the title of what it links to (null when that is gone). */
export async function getAdminNavigation(db: DbOrTx): Promise<{ menus: AdminMenu[] }> {
  const rows = await findDocuments(db, menuKeys.map(documentKey));
  const items = menuKeys.flatMap((key) => {
    const row = rows.get(documentKey(key));
    return row ? allItems(parseItems(row.draft)) : [];
  });
  const targets = await loadLinkTargets(
    db,
    items.map((item) => item.link),
  );
  return { menus: menuKeys.map((key) => toAdminMenu(key, rows.get(documentKey(key)), targets)) };
}

/**
 * Replaces a menu (it shows on the storefront at once). Throws `validation_failed` for repeated item ids and
 * links to categories, products or pages that do not exist; `version_conflict` when stale.
 */
export async function saveMenu(
  db: DbOrTx,
  key: MenuKey,
  input: { items: MenuItem[]; version?: number | undefined },
  actorId: string | null,
): Promise<AdminMenu> {
  const targets = await loadLinkTargets(
    db,
    allItems(input.items).map((item) => item.link),
  );
  const seen = new Set<string>();
  const check = (item: MenuItem, path: string): (FieldError | undefined)[] => {
    const duplicate = seen.has(item.id);
    seen.add(item.id);
    return [
      duplicate ? { path: `${path}.id`, message: 'Another item of this menu has this id.' } : undefined,
      missingLinkTarget(item.link, targets, `${path}.link`),
    ];
  };
  refuseFieldErrors(
    input.items.flatMap((item, index) => [
      ...check(item, `items.${index}`),
      ...(item.children as MenuItem[]).flatMap((child, at) => check(child, `items.${index}.children.${at}`)),
    ]),
    'Check the menu items.',
  );
  const items = input.items.map((item) => ({
    ...item,
    children: (item.children as MenuItem[]).map((child) => ({ ...child, children: [] })),
  }));
  const row = await saveDraft(db, documentKey(key), items, {
    expectedVersion: input.version,
    actorId,
    publish: true,
  });
  if (!row) throw new AppError('version_conflict', 'Someone changed this menu since you loaded it.');
  return toAdminMenu(key, row, targets);
}

/** Both menus as the storefront renders them: items whose target is gone or hidden are left out. */
export async function getStoreNavigation(db: DbOrTx, memo: Memo = noMemo): Promise<StoreNavigation> {
  return memo('content:navigation', () => resolveStoreNavigation(db));
}

async function resolveStoreNavigation(db: DbOrTx): Promise<StoreNavigation> {
  const rows = await findDocuments(db, menuKeys.map(documentKey));
  const menus = Object.fromEntries(
    menuKeys.map((key) => {
      const row = rows.get(documentKey(key));
      return [key, row ? parseItems(row.published ?? row.draft) : []];
    }),
  ) as Record<MenuKey, MenuItem[]>;
  const targets = await loadLinkTargets(
    db,
    menuKeys.flatMap((key) => allItems(menus[key])).map((item) => item.link),
  );
  const toStore = (item: MenuItem): StoreMenuItem | null => {
    const link = resolveLink(item.link, targets);
    if (!link) return null;
    const children = (item.children as MenuItem[]).flatMap((child) => {
      const childLink = resolveLink(child.link, targets);
      return childLink ? [{ label: child.label, ...childLink, children: [] }] : [];
    });
    return { label: item.label, ...link, children };
  };
  const build = (items: MenuItem[]) => items.flatMap((item) => toStore(item) ?? []);
  return { header: build(menus.header), footer: build(menus.footer) };
}
