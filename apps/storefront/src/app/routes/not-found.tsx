import { NotFoundPage } from '../../components/not-found-page';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundRoute() {
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Page not found', settings?.name]);
  return <NotFoundPage />;
}
