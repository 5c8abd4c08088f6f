import { ApiError } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import type { Credentials } from '../api/sign-in';

export interface LoginFormProps {
  onSubmit: (credentials: Credentials) => void;
  isPending: boolean;
  /** The last sign-in failure, if any. */
  error: unknown;
}

type FieldErrors = Partial<Record<keyof Credentials, string>>;

/** The failure message shown above the form. */
export function getSignInErrorMessage(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401) return 'Email or password is incorrect';
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many sign-in attempts. Please wait a few minutes and try again.';
  }
  return describeError(error);
}

/** Email and password form; checks only that both are filled, the API decides the rest. */
export function LoginForm({ onSubmit, isPending, error }: LoginFormProps) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const message = getSignInErrorMessage(error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors: FieldErrors = {};
    if (!email) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    onSubmit({ email, password });
  }

  return (
    <form className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        error={fieldErrors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Sign in
      </Button>
    </form>
  );
}
