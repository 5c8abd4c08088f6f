/** Query keys of the taxes feature; every change to a rate invalidates `all`. */
export const taxKeys = {
  all: ['taxes'] as const,
  rates: () => [...taxKeys.all, 'rates'] as const,
  create: () => [...taxKeys.all, 'create'] as const,
  update: () => [...taxKeys.all, 'update'] as const,
  delete: () => [...taxKeys.all, 'delete'] as const,
};
