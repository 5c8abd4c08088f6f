/** Query keys of the permissions feature (the catalogue of permissions never changes while the app runs). */
export const permissionKeys = {
  all: ['permissions'] as const,
  list: () => [...permissionKeys.all, 'list'] as const,
};
