import { Alert, Button, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useApiForm } from '../../../../lib/use-api-form';

export interface ContactStepProps {
  initialEmail: string;
  /** Signed-in customers get a word about where the confirmation goes. */
  signedIn: boolean;
  onSubmit: (email: string) => void;
  isSaving: boolean;
  error: unknown;
  /** The store's privacy page, linked under the email field (how the address is used). */
  privacyPath?: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The contact email, where the order confirmation is sent. */
export function ContactStep({
  initialEmail,
  signedIn,
  onSubmit,
  isSaving,
  error,
  privacyPath,
}: ContactStepProps) {
  const form = useApiForm({ initialValues: { email: initialEmail }, error });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = form.values.email.trim();
    const valid = form.check({
      email: !email
        ? 'Enter your email address.'
        : emailPattern.test(email)
          ? undefined
          : 'Enter a valid email address, like name@example.com.',
    });
    if (valid) onSubmit(email);
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Contact">
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        hint={
          signedIn
            ? 'The confirmation goes here; the order is also saved in your account.'
            : 'We send the order confirmation here.'
        }
        {...form.textField('email')}
      />
      {privacyPath ? (
        <p className="sf-checkout__privacy">
          How we use your details: read our{' '}
          <Link to={privacyPath} target="_blank" rel="noopener">
            privacy policy<span className="ct-visually-hidden"> (opens in a new tab)</span>
          </Link>
          .
        </p>
      ) : null}
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Continue to shipping address
        </Button>
      </div>
    </form>
  );
}
