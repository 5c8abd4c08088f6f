import { Outlet } from 'react-router-dom';
import { SiteLayout } from '../../components/layout/site-layout';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';

/**
 * Frame of every page; the header and footer show the store's name and support email once loaded. The tab
 * title is set by each page (a parent's effect would run after, and overwrite, its child's).
 */
export function RootLayoutRoute() {
  const { data: settings } = useStoreSettings();
  return (
    <SiteLayout storeName={settings?.name} supportEmail={settings?.supportEmail}>
      <Outlet />
    </SiteLayout>
  );
}
