import { Alert, Button, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import type { Credentials } from '../api/sign-in';
import { checkEmail } from '../password-rules';

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
  const form = useApiForm({
    initialValues: { email: '', password: '' },
    error,
    errorOptions: {
      codeMessages: { invalid_credentials: invalidCredentialsMessage, rate_limited: rateLimitedMessage },
    },
  });
  const { values } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = values.email.trim();
    const valid = form.check({
      email: checkEmail(email),
      password: values.password ? undefined : 'Enter your password.',
    });
    if (valid) onSubmit({ email, password: values.password });
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        {...form.textField('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        {...form.textField('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Sign in
      </Button>
    </form>
  );
}
