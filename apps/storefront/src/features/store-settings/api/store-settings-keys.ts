/** Query keys of the store-settings feature; invalidate `all` to refetch everything it cached. */
export const storeSettingsKeys = {
  all: ['store-settings'] as const,
  detail: () => [...storeSettingsKeys.all, 'detail'] as const,
};
