import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { Credentials } from '../api/sign-in';
import { checkEmail } from '../password-rules';

const fields = ['email', 'password'] as const;
type Field = (typeof fields)[number];

export const invalidCredentialsMessage = 'Email or password is incorrect.';
export const rateLimitedMessage = 'Too many attempts. Try again in a minute.';

export interface LoginFormProps {
  onSubmit: (credentials: Credentials) => void;
  isPending: boolean;
  /** The last sign-in failure, if any. */
  error: unknown;
}

/** Email and password; checks that both are filled, the API decides the rest. */
export function LoginForm({ onSubmit, isPending, error }: LoginFormProps) {
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const errors = useFormErrors(error, fields, {
    codeMessages: { invalid_credentials: invalidCredentialsMessage, rate_limited: rateLimitedMessage },
  });

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    errors.markEdited(field);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = values.email.trim();
    const valid = errors.check({
      email: checkEmail(email),
      password: values.password ? undefined : 'Enter your password.',
    });
    if (valid) onSubmit({ email, password: values.password });
  }

  return (
    <form ref={errors.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={errors.fieldError('email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={errors.fieldError('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Sign in
      </Button>
    </form>
  );
}
