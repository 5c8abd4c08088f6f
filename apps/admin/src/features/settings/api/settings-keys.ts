/** Query keys of the settings feature; saving invalidates `all` (admin and public views of the settings). */
export const settingsKeys = {
  all: ['settings'] as const,
  admin: () => [...settingsKeys.all, 'admin'] as const,
  store: () => [...settingsKeys.all, 'store'] as const,
  update: () => [...settingsKeys.all, 'update'] as const,
};
