import { Alert, Button, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import { checkEmail } from '../password-rules';

export const resetLinkSentMessage =
  'If an account exists for that email, we have sent a link to reset the password.';

export interface ForgotPasswordFormProps {
  onSubmit: (email: string) => void;
  isPending: boolean;
  /** True once the request was accepted (the API answers the same whether or not the account exists). */
  isSent: boolean;
  error: unknown;
}

/** Asks for the email to send a reset link to. */
export function ForgotPasswordForm({ onSubmit, isPending, isSent, error }: ForgotPasswordFormProps) {
  const form = useApiForm({ initialValues: { email: '' }, error });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = form.values.email.trim();
    if (form.check({ email: checkEmail(trimmed) })) onSubmit(trimmed);
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {isSent && !error ? <Alert tone="success">{resetLinkSentMessage}</Alert> : null}
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        {...form.textField('email')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Send reset link
      </Button>
    </form>
  );
}
