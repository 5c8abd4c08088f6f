import { Alert, Button } from '@comptoir/ui';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { TextAreaField } from '../../../components/text-area-field';
import { getFormErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useReplyToThread } from '../api/reply-to-thread';

const maxLength = 5000;

const sentNotices = {
  pending: 'Reply sent. The conversation now waits for the customer.',
  closed: 'Reply sent and conversation closed.',
} as const;

/**
 * The reply to the customer (emailed to them): "Send and mark pending" (the default, also Ctrl+Enter) waits
 * for their answer; "Send and close" ends the conversation. The API's field errors show on the text.
 */
export function ThreadReplyForm({ threadId, customerName }: { threadId: string; customerName: string }) {
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [sent, setSent] = useState<'pending' | 'closed' | null>(null);
  const reply = useReplyToThread();
  const apiErrors = getFormErrors(reply.error, ['body'] as const);
  const formRef = useFocusFirstInvalid(localError ?? reply.error);

  function send(status: 'pending' | 'closed') {
    setSent(null);
    const body = text.trim();
    if (!body) {
      reply.reset();
      setLocalError('Write your reply first.');
      return;
    }
    if (body.length > maxLength) {
      reply.reset();
      setLocalError(`Keep the reply under ${maxLength} characters.`);
      return;
    }
    setLocalError(null);
    reply.mutate(
      { id: threadId, body, status, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: () => {
          setText('');
          setSent(status);
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send('pending');
  }

  function sendOnShortcut(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!reply.isPending) send('pending');
    }
  }

  const sending = reply.isPending ? reply.variables?.status : undefined;
  return (
    <form ref={formRef} className="ad-reply-form" aria-label="Reply" onSubmit={submit} noValidate>
      {apiErrors.form ? (
        <Alert tone="error" title="The reply was not sent">
          {apiErrors.form}
        </Alert>
      ) : null}
      <TextAreaField
        label={`Reply to ${customerName}`}
        hint="Emailed to the customer with a link to this conversation. Ctrl+Enter sends and marks it pending."
        rows={5}
        value={text}
        error={localError ?? apiErrors.fields.body}
        onKeyDown={sendOnShortcut}
        onChange={(event) => {
          setText(event.target.value);
          setSent(null);
        }}
      />
      <div className="ad-reply-form__actions">
        <Button type="submit" loading={sending === 'pending'} disabled={reply.isPending}>
          Send and mark pending
        </Button>
        <Button
          variant="secondary"
          loading={sending === 'closed'}
          disabled={reply.isPending}
          onClick={() => send('closed')}
        >
          Send and close
        </Button>
        <span className="ct-text-muted ad-reply-form__notice" aria-live="polite">
          {sent ? sentNotices[sent] : ''}
        </span>
      </div>
    </form>
  );
}
