import { Badge, Card, PageHeader } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { RecordLoadState } from '../../components/record-load-state';
import { useHasPermission } from '../../features/auth/permissions';
import { useSession } from '../../features/auth/session-context';
import { useThread } from '../../features/messages/api/get-thread';
import { ThreadControls } from '../../features/messages/components/thread-controls';
import { ThreadConversation } from '../../features/messages/components/thread-conversation';
import { ThreadReplyForm } from '../../features/messages/components/thread-reply-form';
import { ThreadStatusBadge } from '../../features/messages/components/thread-status-badge';
import type { ThreadLinkState } from '../../features/messages/components/thread-table';
import { formatDateTime } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInboxColleagues } from './inbox-colleagues';

export function InboxThreadRoute() {
  const { id = '' } = useParams();
  const thread = useThread(id);
  const { session } = useSession();
  const canWrite = useHasPermission('customers:write');
  const canReadOrders = useHasPermission('orders:read');
  const colleagues = useInboxColleagues();
  // Back to the inbox as the employee left it (tab, assignee, search), when they came from it.
  const listSearch = (useLocation().state as Partial<ThreadLinkState> | null)?.listSearch ?? '';
  useDocumentTitle([thread.data?.subject ?? 'Conversation', 'Messages', 'Back office']);

  const me =
    session.status === 'signed-in'
      ? {
          id: session.employee.id,
          name: `${session.employee.firstName} ${session.employee.lastName}`.trim(),
        }
      : null;

  let body: ReactNode;
  if (thread.isPending || thread.isError) {
    body = (
      <RecordLoadState
        query={thread}
        noun="conversation"
        notFound="Check the link, or find it in the inbox."
        list={{ to: '/messages', label: 'See all messages' }}
      />
    );
  } else {
    const data = thread.data;
    body = (
      <div className="ad-thread-page">
        <div className="ad-thread-page__main">
          <Card title="Conversation">
            <ThreadConversation messages={data.messages} />
          </Card>
          {canWrite ? (
            <Card title="Reply">
              <ThreadReplyForm threadId={data.id} customerName={data.name} />
            </Card>
          ) : null}
        </div>
        <div className="ad-thread-page__side">
          <Card title="Customer">
            <div className="ad-thread-facts">
              <p className="ad-thread-facts__name">
                {data.name} {data.customerId ? null : <Badge>Guest</Badge>}
              </p>
              <p>
                <a href={`mailto:${data.email}`}>{data.email}</a>
              </p>
              {data.customerId ? (
                <p>
                  <Link to={`/customers/${encodeURIComponent(data.customerId)}`}>View customer</Link>
                </p>
              ) : (
                <p className="ct-text-muted">Wrote through the contact form, without an account.</p>
              )}
              {data.order ? (
                <p>
                  About order{' '}
                  {canReadOrders ? (
                    <Link to={`/orders/${encodeURIComponent(data.order.id)}`}>#{data.order.number}</Link>
                  ) : (
                    `#${data.order.number}`
                  )}
                </p>
              ) : null}
              <p className="ct-text-muted">Started {formatDateTime(data.createdAt)}</p>
            </div>
          </Card>
          <Card title="Handling">
            {canWrite && me ? (
              <ThreadControls thread={data} me={me} colleagues={colleagues} />
            ) : (
              <p>
                {data.assignee ? `Assigned to ${data.assignee.name}.` : 'Unassigned.'}{' '}
                <span className="ct-text-muted">
                  You can read conversations but not answer or assign them.
                </span>
              </p>
            )}
          </Card>
        </div>
      </div>
    );
  }

  return (
    <>
      <p className="ad-back-link">
        <Link to={`/messages${listSearch}`}>← All messages</Link>
      </p>
      <PageHeader
        title={thread.data?.subject ?? 'Conversation'}
        description={
          thread.data ? (
            <span className="ad-thread-header">
              <ThreadStatusBadge status={thread.data.status} />
              <span>
                {thread.data.name} · {thread.data.email}
              </span>
            </span>
          ) : undefined
        }
      />
      {body}
    </>
  );
}
