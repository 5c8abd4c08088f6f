import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextAreaField } from '../../../components/text-area-field';
import { useApiForm } from '../../../lib/use-api-form';
import { useAskAboutOrder } from '../api/ask-about-order';
import { messageMaxLength, subjectMaxLength, type Thread } from '../api/message-types';
import './messages.css';

export interface OrderQuestionProps {
  orderNumber: number;
  /** Called with the new conversation (e.g. to open it). */
  onSent: (thread: Thread) => void;
}

/**
 * "Ask a question about this order" on a signed-in customer's order page: a short form that opens a
 * conversation about the order.
 */
export function OrderQuestion({ orderNumber, onSent }: OrderQuestionProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="sf-order__section" aria-labelledby="order-question-title">
      <h2 id="order-question-title" className="sf-order__heading">
        Need help?
      </h2>
      {open ? (
        <QuestionForm orderNumber={orderNumber} onSent={onSent} onCancel={() => setOpen(false)} />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Ask a question about this order
          </Button>
        </div>
      )}
    </section>
  );
}

function QuestionForm({ orderNumber, onSent, onCancel }: OrderQuestionProps & { onCancel: () => void }) {
  const ask = useAskAboutOrder();
  const form = useApiForm({
    initialValues: { subject: `About order #${orderNumber}`, message: '' },
    error: ask.error,
  });
  const message = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // Opened by the customer: start where they will type.
    message.current?.focus();
  }, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const subject = form.values.subject.trim();
    const body = form.values.message.trim();
    const valid = form.check({
      subject: subject ? undefined : 'Enter a subject.',
      message: body ? undefined : 'Write your question.',
    });
    if (!valid) return;
    ask.mutate({ orderNumber, question: { subject, message: body } }, { onSuccess: onSent });
  }

  return (
    <form
      ref={form.formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Ask a question about this order"
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField label="Subject" required maxLength={subjectMaxLength} {...form.textField('subject')} />
      <TextAreaField
        ref={message}
        label="Your question"
        required
        maxLength={messageMaxLength}
        {...form.textField('message')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={ask.isPending}>
          Send question
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={ask.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
