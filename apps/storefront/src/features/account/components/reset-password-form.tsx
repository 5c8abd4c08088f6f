import { ApiError } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import { checkNewPassword, passwordHint } from '../password-rules';

const fields = ['password'] as const;

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
  const [password, setPassword] = useState('');
  const invalidToken = isInvalidResetToken(error);
  const errors = useFormErrors(invalidToken ? null : error, fields);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (errors.check({ password: checkNewPassword(password) })) onSubmit(password);
  }

  return (
    <form ref={errors.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {invalidToken ? (
        <Alert tone="error" title="This reset link is invalid or has expired" action={requestNewLink}>
          Links work once and only for a limited time. Ask for a new one and use the latest email.
        </Alert>
      ) : null}
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          errors.markEdited('password');
        }}
        error={errors.fieldError('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Reset password
      </Button>
    </form>
  );
}
