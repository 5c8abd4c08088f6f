import { NotFoundPage } from '../../components/not-found-page';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle(['Page not found', 'Back office']);
  return <NotFoundPage />;
}
