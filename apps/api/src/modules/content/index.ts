export { contentAdminRoutes } from './admin.routes';
export { getLegalChoice, isTermsAcceptanceRequired, saveLegalSettings } from './legal.service';
export { saveMenu } from './navigation.service';
export { contentPagesRoutes, contentPagesSitemapRoutes } from './pages.routes';
export { createPage } from './pages.service';
export { createPreviewTokens } from './preview-token';
export { contentStoreRoutes } from './store.routes';
