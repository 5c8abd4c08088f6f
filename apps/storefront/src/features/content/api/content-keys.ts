/**
 * Query keys of the content feature (public data, not under the customer scope). The theme and the homepage
 * carry the preview token, so a preview's drafts and the published content are cached apart.
 */
export const contentKeys = {
  all: ['content'] as const,
  theme: (preview: string | null) => [...contentKeys.all, 'theme', { preview }] as const,
  navigation: () => [...contentKeys.all, 'navigation'] as const,
  home: (preview: string | null) => [...contentKeys.all, 'home', { preview }] as const,
  pages: () => [...contentKeys.all, 'pages'] as const,
  page: (handle: string) => [...contentKeys.pages(), handle] as const,
};
