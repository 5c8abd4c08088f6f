import { formatDateTime } from '../../../lib/format-date';
import type { ThreadMessage } from '../api/get-thread';

/**
 * The messages, oldest first, as a conversation: the customer's on one side, the team's on the other, each
 * with who wrote it (and that it was the customer or the team, in words, not only by colour) and when.
 */
export function ThreadConversation({ messages }: { messages: readonly ThreadMessage[] }) {
  if (messages.length === 0) return <p className="ct-text-muted">No messages yet.</p>;
  return (
    <ol className="ad-conversation" aria-label="Messages, oldest first">
      {messages.map((message) => {
        const fromCustomer = message.authorType === 'customer';
        return (
          <li
            key={message.id}
            className={`ad-message ${fromCustomer ? 'ad-message--customer' : 'ad-message--staff'}`}
          >
            <article aria-label={`${fromCustomer ? 'Customer' : 'Team'} message from ${message.authorName}`}>
              <header className="ad-message__head">
                <span className="ad-message__author">{message.authorName}</span>
                <span className="ad-message__role">{fromCustomer ? 'Customer' : 'Team'}</span>
                <time className="ad-message__time" dateTime={message.createdAt}>
                  {formatDateTime(message.createdAt)}
                </time>
              </header>
              <p className="ad-message__body">{message.body}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
