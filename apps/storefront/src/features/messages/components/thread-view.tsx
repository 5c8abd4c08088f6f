import { Alert, Badge, Button } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TextAreaField } from '../../../components/text-area-field';
import { useApiForm } from '../../../lib/use-api-form';
import { messageMaxLength, type Thread, type ThreadAccess } from '../api/message-types';
import { useReplyToThread } from '../api/reply-to-thread';
import { formatMessageMoment, threadStatusLabels } from '../message-labels';
import './messages.css';

export interface ThreadViewProps {
  thread: Thread;
  /** How the customer reached the conversation: replies go through the same door. */
  access: ThreadAccess;
}

/**
 * A conversation with the store: its state, the messages oldest first (the customer's on one side, the
 * store's on the other, signed by who wrote them), and a box to answer.
 */
export function ThreadView({ thread, access }: ThreadViewProps) {
  const status = threadStatusLabels[thread.status];
  return (
    <div className="sf-thread">
      <p className="sf-thread__meta">
        <Badge tone={status.tone}>{status.label}</Badge>
        {thread.orderNumber !== null ? (
          access.kind === 'mine' ? (
            <Link to={`/account/orders/${thread.orderNumber}`}>About order #{thread.orderNumber}</Link>
          ) : (
            <span>About order #{thread.orderNumber}</span>
          )
        ) : null}
      </p>
      <ol className="sf-thread__messages" aria-label="Messages">
        {thread.messages.map((message) => (
          <li
            key={message.id}
            className={`sf-thread__message sf-thread__message--${message.author === 'store' ? 'store' : 'customer'}`}
          >
            <article aria-label={`${message.author === 'store' ? message.authorName : 'You'}`}>
              <p className="sf-thread__author">
                <span className="sf-thread__name">
                  {message.author === 'store' ? message.authorName : 'You'}
                </span>
                <time dateTime={message.createdAt} className="sf-thread__time">
                  {formatMessageMoment(message.createdAt)}
                </time>
              </p>
              <p className="sf-thread__body">{message.body}</p>
            </article>
          </li>
        ))}
      </ol>
      <ReplyForm thread={thread} access={access} />
    </div>
  );
}

function ReplyForm({ thread, access }: ThreadViewProps) {
  const reply = useReplyToThread();
  const form = useApiForm({ initialValues: { body: '' }, error: reply.error, onEdit: () => reply.reset() });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = form.values.body.trim();
    if (!form.check({ body: body ? undefined : 'Write your message first.' })) return;
    reply.mutate({ id: thread.id, access, body }, { onSuccess: () => form.setValues({ body: '' }) });
  }

  return (
    <form
      ref={form.formRef}
      className="ct-form sf-thread__reply"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Reply"
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      {reply.isSuccess ? <Alert tone="success">Message sent. We will email you when we answer.</Alert> : null}
      <TextAreaField
        label="Your reply"
        hint={
          thread.status === 'closed' ? 'This conversation is closed; writing again reopens it.' : undefined
        }
        required
        maxLength={messageMaxLength}
        {...form.textField('body')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={reply.isPending}>
          Send reply
        </Button>
      </div>
    </form>
  );
}
