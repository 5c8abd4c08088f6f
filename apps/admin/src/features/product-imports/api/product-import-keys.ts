/**
 * Query keys of the product imports. Starting an import invalidates `lists()`; its `detail` is polled while it
 * runs, and an applied import invalidates the products too.
 */
export const productImportKeys = {
  all: ['product-imports'] as const,
  lists: () => [...productImportKeys.all, 'list'] as const,
  details: () => [...productImportKeys.all, 'detail'] as const,
  detail: (id: string) => [...productImportKeys.details(), id] as const,
  start: () => [...productImportKeys.all, 'start'] as const,
};
