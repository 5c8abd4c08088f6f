import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import { checkEmail } from '../password-rules';

const fields = ['email'] as const;

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
  const [email, setEmail] = useState('');
  const errors = useFormErrors(error, fields);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    if (errors.check({ email: checkEmail(trimmed) })) onSubmit(trimmed);
  }

  return (
    <form ref={errors.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {isSent && !error ? <Alert tone="success">{resetLinkSentMessage}</Alert> : null}
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          errors.markEdited('email');
        }}
        error={errors.fieldError('email')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Send reset link
      </Button>
    </form>
  );
}
