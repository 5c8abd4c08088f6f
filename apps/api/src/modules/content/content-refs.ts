import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import { findCategoryRefs, findProductRefs } from '../catalog';
import { findPageRefs } from './content.repository';
import { type ContentLink, type LinkTargets, linkTargetIds } from './content-links';

/** Looks up what links (and extra category/product ids) point at, in three queries at most. */
export async function loadLinkTargets(
  db: DbOrTx,
  links: Iterable<ContentLink | null | undefined>,
  extra: { categoryIds?: Iterable<string>; productIds?: Iterable<string>; pageIds?: Iterable<string> } = {},
): Promise<LinkTargets> {
  const ids = linkTargetIds(links);
  for (const id of extra.categoryIds ?? []) ids.categories.add(id);
  for (const id of extra.productIds ?? []) ids.products.add(id);
  for (const id of extra.pageIds ?? []) ids.pages.add(id);
  const [categories, products, pages] = await Promise.all([
    findCategoryRefs(db, [...ids.categories]),
    findProductRefs(db, [...ids.products]),
    findPageRefs(db, [...ids.pages]),
  ]);
  return { categories, products, pages };
}

/** A field error for a link whose category, product or page does not exist. */
export function missingLinkTarget(
  link: ContentLink,
  targets: LinkTargets,
  path: string,
): FieldError | undefined {
  switch (link.type) {
    case 'category':
      return targets.categories.has(link.categoryId)
        ? undefined
        : { path: `${path}.categoryId`, message: 'No such category.' };
    case 'product':
      return targets.products.has(link.productId)
        ? undefined
        : { path: `${path}.productId`, message: 'No such product.' };
    case 'page':
      return targets.pages.has(link.pageId)
        ? undefined
        : { path: `${path}.pageId`, message: 'No such page.' };
    case 'url':
      return undefined;
  }
}

/** Throws one 400 listing every field error, when there are any. */
export function refuseFieldErrors(errors: (FieldError | undefined)[], detail: string): void {
  const found = errors.filter((error): error is FieldError => error !== undefined);
  if (found.length > 0) throw new AppError('validation_failed', detail, found);
}

/** A field error when a schedule ends before it starts. */
export function scheduleError(
  schedule: { startsAt: string | null; endsAt: string | null },
  path: string,
): FieldError | undefined {
  if (schedule.startsAt && schedule.endsAt && Date.parse(schedule.endsAt) <= Date.parse(schedule.startsAt)) {
    return { path: `${path}.endsAt`, message: 'End after the start.' };
  }
  return undefined;
}

/** Whether something scheduled is showing at `now` (start inclusive, end exclusive). */
export function isScheduledAt(
  schedule: { startsAt: string | null; endsAt: string | null },
  now: Date,
): boolean {
  const time = now.getTime();
  return (
    (!schedule.startsAt || Date.parse(schedule.startsAt) <= time) &&
    (!schedule.endsAt || time < Date.parse(schedule.endsAt))
  );
}

/**
 * Keeps a computation's result for a while under a key (the app's listing cache, cleared by every catalog and
 * content write of this process); the identity when answers must be fresh (previews).
 */
export type Memo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export const noMemo: Memo = (_key, compute) => compute();
