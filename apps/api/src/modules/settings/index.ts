export { settingsAdminRoutes } from './admin.routes';
export type { AdminSettings, SettingsUpdate, StoreSettings } from './settings.schemas';
export {
  ensureSettings,
  getAdminSettings,
  getReturnWindowDays,
  getStoreSettings,
  isEmployeeTwoFactorRequired,
  updateSettings,
} from './settings.service';
export { settingsStoreRoutes } from './store.routes';
