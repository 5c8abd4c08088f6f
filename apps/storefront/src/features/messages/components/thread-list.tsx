import { Badge, Button, buttonClassName, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useMyThreads } from '../api/list-my-threads';
import { countMessages, formatMessageDay, threadStatusLabels } from '../message-labels';
import './messages.css';

/** The signed-in customer's conversations with the store, newest activity first; each opens its thread. */
export function ThreadList() {
  const threads = useMyThreads();
  if (threads.isPending) return <LoadingState label="Loading your messages…" />;
  if (threads.data === undefined) {
    return (
      <ErrorState
        title="Your messages could not be loaded"
        description={describeError(threads.error)}
        onRetry={() => void threads.refetch()}
        retrying={threads.isFetching}
      />
    );
  }
  const items = threads.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState
        title="No messages yet"
        description="Questions about an order or our products? Write to us and the conversation shows up here."
        action={
          <Link to="/contact" className={buttonClassName()}>
            Contact us
          </Link>
        }
      />
    );
  }
  const total = threads.data.pages[0]?.total ?? items.length;
  return (
    <div className="sf-threads">
      <ul className="sf-threads__list" aria-label="Your conversations">
        {items.map((thread) => {
          const status = threadStatusLabels[thread.status];
          return (
            <li key={thread.id}>
              <Link to={`/account/messages/${thread.id}`} className="sf-threads__item">
                <span className="sf-threads__subject">{thread.subject}</span>
                <Badge tone={status.tone}>{status.label}</Badge>
                <span className="sf-threads__meta">
                  {[
                    thread.orderNumber !== null ? `Order #${thread.orderNumber}` : null,
                    `Last message on ${formatMessageDay(thread.lastMessageAt)}`,
                    countMessages(thread.messageCount),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="sf-threads__summary" aria-live="polite">
        Showing {items.length} of {total} {total === 1 ? 'conversation' : 'conversations'}
      </p>
      {threads.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void threads.fetchNextPage()}
          loading={threads.isFetchingNextPage}
        >
          Show more conversations
        </Button>
      ) : null}
      {threads.isFetchNextPageError ? (
        <p className="ct-field__error">
          More conversations could not be loaded. {describeError(threads.error)}
        </p>
      ) : null}
    </div>
  );
}
