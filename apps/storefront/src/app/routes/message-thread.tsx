import { ApiError } from '@comptoir/sdk';
import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useParams, useSearchParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { useThread } from '../../features/messages/api/get-thread';
import { ThreadView } from '../../features/messages/components/thread-view';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * A conversation opened from the link the store emailed a guest (`/messages/:id?token=`): the token in the
 * address is the key, no account needed.
 */
export function MessageThreadRoute() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const valid = id !== '' && token !== '';
  const { data: settings } = useStoreSettings();
  const thread = useThread(id, { kind: 'guest', token }, { enabled: valid });
  useDocumentTitle([thread.data?.subject ?? 'Message', settings?.name]);

  if (!valid || (thread.error instanceof ApiError && thread.error.status === 404)) {
    return (
      <NotFoundPage description="This conversation link is incomplete or no longer valid. Use the link in our latest email, or write to us again." />
    );
  }
  if (thread.isPending) return <LoadingState label="Loading the conversation…" />;
  if (thread.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="This conversation could not be loaded"
        description={describeError(thread.error)}
        onRetry={() => void thread.refetch()}
        retrying={thread.isFetching}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={thread.data.subject}
        description="Keep this page's link to come back to the conversation."
      />
      <ThreadView thread={thread.data} access={{ kind: 'guest', token }} />
    </>
  );
}
