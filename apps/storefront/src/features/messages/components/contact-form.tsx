import { Alert, Button, SelectField, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { TextAreaField } from '../../../components/text-area-field';
import { useApiForm } from '../../../lib/use-api-form';
import { type ContactRequest, messageMaxLength, subjectMaxLength } from '../api/message-types';
import { looksLikeEmail } from '../message-labels';
import './messages.css';

export interface ContactFormProps {
  /** The signed-in customer, who writes under their account's name and email; null for a guest. */
  customer: { name: string; email: string } | null;
  /** The customer's orders the message can be about (signed in only). */
  orders: readonly { number: number; label: string }[];
  initialSubject?: string;
  /** An order number (as text) chosen at the start. */
  initialOrderNumber?: string;
  onSubmit: (request: ContactRequest) => void;
  isSending: boolean;
  /** The API's answer to the last submission, if it failed. */
  error: unknown;
}

/**
 * Writes to the store. A guest gives a name and an email address (the store answers there); a signed-in
 * customer writes under their account and may say which of their orders it is about.
 */
export function ContactForm({
  customer,
  orders,
  initialSubject = '',
  initialOrderNumber = '',
  onSubmit,
  isSending,
  error,
}: ContactFormProps) {
  const form = useApiForm({
    initialValues: {
      name: '',
      email: '',
      // The orders may arrive after the form: the choice counts once it is one of them (see submit).
      orderNumber: initialOrderNumber,
      subject: initialSubject,
      message: '',
    },
    error,
    errorOptions: { summary: 'Check the highlighted fields.' },
  });
  const { values } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = values.name.trim();
    const email = values.email.trim();
    const subject = values.subject.trim();
    const message = values.message.trim();
    const valid = form.check({
      name: customer || name ? undefined : 'Enter your name.',
      email: customer
        ? undefined
        : !email
          ? 'Enter your email address.'
          : looksLikeEmail(email)
            ? undefined
            : 'Enter an email address like name@example.com.',
      subject: subject ? undefined : 'Enter a subject.',
      message: message ? undefined : 'Write your message.',
    });
    if (!valid) return;
    const order = orders.find((candidate) => String(candidate.number) === values.orderNumber);
    onSubmit(
      customer
        ? { subject, message, ...(order ? { orderNumber: order.number } : {}) }
        : { name, email, subject, message },
    );
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Contact us">
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      {customer ? (
        <p className="sf-contact__from">
          Writing as {customer.name} ({customer.email}). We reply by email and in your account.
        </p>
      ) : (
        <div className="ct-form-grid">
          <TextField label="Name" autoComplete="name" required maxLength={120} {...form.textField('name')} />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            hint="We reply to this address."
            {...form.textField('email')}
          />
        </div>
      )}
      {customer && orders.length > 0 ? (
        <SelectField
          label="Order"
          hint="Optional. Choose the order your message is about."
          placeholder="Not about an order"
          options={orders.map((order) => ({ value: String(order.number), label: order.label }))}
          {...form.textField('orderNumber')}
        />
      ) : null}
      <TextField label="Subject" required maxLength={subjectMaxLength} {...form.textField('subject')} />
      <TextAreaField
        label="Message"
        required
        rows={6}
        maxLength={messageMaxLength}
        {...form.textField('message')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSending}>
          Send message
        </Button>
      </div>
    </form>
  );
}
