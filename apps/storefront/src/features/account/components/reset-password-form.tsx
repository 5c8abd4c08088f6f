import { ApiError } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import type { FormEvent, ReactNode } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import { checkNewPassword, passwordHint } from '../password-rules';

export interface ResetPasswordFormProps {
  onSubmit: (password: string) => void;
  isPending: boolean;
  error: unknown;
  /** Link to ask for a new reset email, shown when the token is invalid or expired. */
  requestNewLink: ReactNode;
}

/** True when the API refused the reset token (unknown, already used, or expired). */
export function isInvalidResetToken(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'reset_token_invalid';
}

/** Sets a new password with the token from the reset email. */
export function ResetPasswordForm({ onSubmit, isPending, error, requestNewLink }: ResetPasswordFormProps) {
  const invalidToken = isInvalidResetToken(error);
  const form = useApiForm({ initialValues: { password: '' }, error: invalidToken ? null : error });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { password } = form.values;
    if (form.check({ password: checkNewPassword(password) })) onSubmit(password);
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {invalidToken ? (
        <Alert tone="error" title="This reset link is invalid or has expired" action={requestNewLink}>
          Links work once and only for a limited time. Ask for a new one and use the latest email.
        </Alert>
      ) : null}
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        {...form.textField('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Reset password
      </Button>
    </form>
  );
}
