import { buttonClassName, PageHeader } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { ThreadList } from '../../features/messages/components/thread-list';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountMessagesRoute() {
  const { data: settings } = useStoreSettings();
  useDocumentTitle(['Messages', settings?.name]);
  return (
    <>
      <PageHeader
        title="Messages"
        description="Your conversations with us, the most recent first."
        actions={
          <Link to="/contact" className={buttonClassName({ variant: 'secondary' })}>
            New message
          </Link>
        }
      />
      <ThreadList />
    </>
  );
}
