/** Query keys of the categories feature; every change to the tree invalidates `all`. */
export const categoryKeys = {
  all: ['categories'] as const,
  tree: () => [...categoryKeys.all, 'tree'] as const,
  create: () => [...categoryKeys.all, 'create'] as const,
  update: () => [...categoryKeys.all, 'update'] as const,
  delete: () => [...categoryKeys.all, 'delete'] as const,
  image: () => [...categoryKeys.all, 'image'] as const,
};
