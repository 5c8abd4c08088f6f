export { contentAdminRoutes } from './admin.routes';
export { getLegalChoice, isTermsAcceptanceRequired } from './legal.service';
export { contentPagesRoutes, contentPagesSitemapRoutes } from './pages.routes';
export { createPreviewTokens } from './preview-token';
export { contentStoreRoutes } from './store.routes';
