import { ApiError } from '@comptoir/sdk';
import { Alert, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useLocation, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { useThread } from '../../features/messages/api/get-thread';
import { ThreadView } from '../../features/messages/components/thread-view';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** State given to the conversation page by the page that opened the conversation. */
export interface AccountMessageState {
  justSent?: boolean;
}

/** One of the signed-in customer's conversations (the link in the store's emails leads here). */
export function AccountMessageRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justSent = (location.state as AccountMessageState | null)?.justSent === true;
  const { data: settings } = useStoreSettings();
  const thread = useThread(id, { kind: 'mine' });
  useDocumentTitle([thread.data?.subject ?? 'Message', settings?.name]);

  if (thread.error instanceof ApiError && thread.error.status === 404) {
    return <NotFoundPage description="This conversation does not exist, or it belongs to another account." />;
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
      <p className="sf-back-link">
        <Link to="/account/messages">← All messages</Link>
      </p>
      <PageHeader title={thread.data.subject} />
      {justSent ? (
        <Alert tone="success" title="Thanks, your message is sent">
          <p>We will email you when we answer; the conversation stays here.</p>
        </Alert>
      ) : null}
      <ThreadView thread={thread.data} access={{ kind: 'mine' }} />
    </>
  );
}
