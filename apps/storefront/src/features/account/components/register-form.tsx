import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { Registration } from '../api/register-customer';
import { checkEmail, checkNewPassword, passwordHint } from '../password-rules';

const fields = ['firstName', 'lastName', 'email', 'password'] as const;
type Field = (typeof fields)[number];

export interface RegisterFormProps {
  onSubmit: (registration: Registration) => void;
  isPending: boolean;
  /** The last sign-up failure, if any (an `ApiError` carries field errors). */
  error: unknown;
}

/** "Create your account": names, email and password. The API's field errors show on their fields. */
export function RegisterForm({ onSubmit, isPending, error }: RegisterFormProps) {
  const [values, setValues] = useState<Record<Field, string>>({
    firstName: '',
    lastName: '',
    email: '',
    password: '',
  });
  const errors = useFormErrors(error, fields, {
    codeFields: {
      email_taken: ['email', 'An account already uses this email. Sign in, or reset your password.'],
    },
  });

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    errors.markEdited(field);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const registration: Registration = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      password: values.password,
    };
    const valid = errors.check({
      firstName: registration.firstName ? undefined : 'Enter your first name.',
      lastName: registration.lastName ? undefined : 'Enter your last name.',
      email: checkEmail(registration.email),
      password: checkNewPassword(registration.password),
    });
    if (valid) onSubmit(registration);
  }

  return (
    <form
      ref={errors.formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Create your account"
    >
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField
          label="First name"
          name="firstName"
          autoComplete="given-name"
          required
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
          error={errors.fieldError('firstName')}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          required
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
          error={errors.fieldError('lastName')}
        />
      </div>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
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
        autoComplete="new-password"
        required
        hint={passwordHint}
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={errors.fieldError('password')}
      />
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Create account
      </Button>
    </form>
  );
}
