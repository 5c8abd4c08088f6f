import type { SavedViewListName } from './list-saved-views';

/** Query keys of the saved views feature; saving or deleting a view invalidates its list's views. */
export const savedViewKeys = {
  all: ['saved-views'] as const,
  list: (list: SavedViewListName) => [...savedViewKeys.all, list] as const,
  create: () => [...savedViewKeys.all, 'create'] as const,
  remove: () => [...savedViewKeys.all, 'delete'] as const,
};
