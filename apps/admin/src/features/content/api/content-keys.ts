import type { PageListFilters } from './list-pages';

/**
 * Query keys of the storefront content feature. Saving or publishing the branding sets `theme()`; the homepage,
 * `home()`; a menu, `navigation()`; the legal pages, `legal()`. Changing a page sets its `page(id)` and
 * invalidates `pageLists()`, `revisions(id)` and `legal()` (a deleted page leaves the legal settings).
 */
export const contentKeys = {
  all: ['content'] as const,
  theme: () => [...contentKeys.all, 'theme'] as const,
  home: () => [...contentKeys.all, 'home'] as const,
  navigation: () => [...contentKeys.all, 'navigation'] as const,
  legal: () => [...contentKeys.all, 'legal'] as const,
  pageLists: () => [...contentKeys.all, 'pages', 'list'] as const,
  pageList: (filters: PageListFilters) => [...contentKeys.pageLists(), filters] as const,
  pageChoices: () => [...contentKeys.all, 'pages', 'choices'] as const,
  pages: () => [...contentKeys.all, 'pages', 'detail'] as const,
  page: (id: string) => [...contentKeys.pages(), id] as const,
  revisions: (id: string) => [...contentKeys.all, 'pages', 'revisions', id] as const,
  pagePreview: (markdown: string) => [...contentKeys.all, 'pages', 'preview', markdown] as const,
  saveTheme: () => [...contentKeys.all, 'save-theme'] as const,
  publishTheme: () => [...contentKeys.all, 'publish-theme'] as const,
  saveHome: () => [...contentKeys.all, 'save-home'] as const,
  publishHome: () => [...contentKeys.all, 'publish-home'] as const,
  preview: () => [...contentKeys.all, 'preview'] as const,
  uploadImage: () => [...contentKeys.all, 'upload-image'] as const,
  saveMenu: () => [...contentKeys.all, 'save-menu'] as const,
  saveLegal: () => [...contentKeys.all, 'save-legal'] as const,
  createPage: () => [...contentKeys.all, 'create-page'] as const,
  updatePage: () => [...contentKeys.all, 'update-page'] as const,
  deletePage: () => [...contentKeys.all, 'delete-page'] as const,
  restoreRevision: () => [...contentKeys.all, 'restore-revision'] as const,
};
