import { Alert, Button, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import type { Registration } from '../api/register-customer';
import { checkEmail, checkNewPassword, passwordHint } from '../password-rules';

export interface RegisterFormProps {
  onSubmit: (registration: Registration) => void;
  isPending: boolean;
  /** The last sign-up failure, if any (an `ApiError` carries field errors). */
  error: unknown;
}

/** "Create your account": names, email and password. The API's field errors show on their fields. */
export function RegisterForm({ onSubmit, isPending, error }: RegisterFormProps) {
  const form = useApiForm({
    initialValues: { firstName: '', lastName: '', email: '', password: '' },
    error,
    errorOptions: {
      codeFields: {
        email_taken: ['email', 'An account already uses this email. Sign in, or reset your password.'],
      },
    },
  });
  const { values } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const registration: Registration = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      password: values.password,
    };
    const valid = form.check({
      firstName: registration.firstName ? undefined : 'Enter your first name.',
      lastName: registration.lastName ? undefined : 'Enter your last name.',
      email: checkEmail(registration.email),
      password: checkNewPassword(registration.password),
    });
    if (valid) onSubmit(registration);
  }

  return (
    <form
      ref={form.formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Create your account"
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField label="First name" autoComplete="given-name" required {...form.textField('firstName')} />
        <TextField label="Last name" autoComplete="family-name" required {...form.textField('lastName')} />
      </div>
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        {...form.textField('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        {...form.textField('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Create account
      </Button>
    </form>
  );
}
