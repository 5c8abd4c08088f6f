/** Query keys of the roles feature; creating or changing a role invalidates `all`. */
export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
  create: () => [...roleKeys.all, 'create'] as const,
  update: () => [...roleKeys.all, 'update'] as const,
};
