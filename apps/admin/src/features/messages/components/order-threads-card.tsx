import { Button, Card } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useOrderThreads } from '../api/list-order-threads';
import { formatRelativeTime, threadPath } from '../thread-labels';
import { ThreadStatusBadge } from './thread-status-badge';
import './messages.css';

/** The conversations about an order (for its page), each linking to its thread in the inbox. */
export function OrderThreadsCard({ orderId }: { orderId: string }) {
  const threads = useOrderThreads(orderId);
  let body: ReactNode;
  if (threads.isPending) {
    body = (
      <p className="ct-text-muted" role="status">
        Loading messages…
      </p>
    );
  } else if (threads.isError) {
    // A side card: said in place, without interrupting as an alert would.
    body = (
      <div className="ad-order-threads__error">
        <p>Messages could not be loaded. {describeError(threads.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          loading={threads.isFetching}
          onClick={() => void threads.refetch()}
        >
          Try again
        </Button>
      </div>
    );
  } else if (threads.data.items.length === 0) {
    body = <p className="ct-text-muted">No messages about this order.</p>;
  } else {
    body = (
      <ul className="ad-order-threads">
        {threads.data.items.map((thread) => (
          <li key={thread.id} className="ad-order-threads__item">
            <Link to={threadPath(thread.id)} className="ad-order-threads__subject">
              {thread.subject}
            </Link>
            <span className="ad-order-threads__meta">
              <ThreadStatusBadge status={thread.status} />
              <time className="ct-text-muted" dateTime={thread.lastMessageAt}>
                {formatRelativeTime(thread.lastMessageAt)}
              </time>
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card title="Messages" className="ad-order-threads-card">
      {body}
    </Card>
  );
}
