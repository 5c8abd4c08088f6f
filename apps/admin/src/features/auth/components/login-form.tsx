import { ApiError } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import type { Credentials } from '../api/sign-in';

export interface LoginFormProps {
  onSubmit: (credentials: Credentials) => void;
  isPending: boolean;
  /** The last sign-in failure, if any. */
  error: unknown;
}

type FieldErrors = Partial<Record<keyof Credentials, string>>;

const otpMessages = {
  required: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
  invalid: 'The code is incorrect or expired.',
};

function isApiError(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

/** True when the API asked for (or refused) a two-factor code: the form must show the code field. */
export function needsAuthenticationCode(error: unknown): boolean {
  return isApiError(error, 'otp_required') || isApiError(error, 'otp_invalid');
}

/** The failure message shown above the form; the two-factor codes speak on the code field instead. */
export function getSignInErrorMessage(error: unknown): string | null {
  if (!error || needsAuthenticationCode(error)) return null;
  if (error instanceof ApiError && error.status === 401) return 'Email or password is incorrect';
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many sign-in attempts. Please wait a few minutes and try again.';
  }
  return describeError(error);
}

/**
 * A 6-digit code typed as "123 456" is sent as "123456"; recovery codes are sent as typed (trimmed): their
 * format is the API's business.
 */
export function normalizeAuthenticationCode(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : trimmed;
}

/**
 * Email and password form; when the employee has two-factor authentication on, the API answers
 * `otp_required` and the form asks for the authentication code too, then sends all three again.
 */
export function LoginForm({ onSubmit, isPending, error }: LoginFormProps) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Once asked for, the code field stays (a later network error must not hide it).
  const [askForCode, setAskForCode] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  if (needsAuthenticationCode(error) && !askForCode) setAskForCode(true);

  // The code field appears (or the code was refused): put the cursor there.
  useEffect(() => {
    if (needsAuthenticationCode(error)) codeRef.current?.focus();
  }, [error]);

  const message = getSignInErrorMessage(error);
  const codeError = fieldErrors.otp ?? (isApiError(error, 'otp_invalid') ? otpMessages.invalid : undefined);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const otp = normalizeAuthenticationCode(String(data.get('otp') ?? ''));
    const errors: FieldErrors = {};
    if (!email) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    if (askForCode && !otp) errors.otp = 'Enter the code from your authenticator app';
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onSubmit(askForCode ? { email, password, otp } : { email, password });
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
      {askForCode ? (
        <TextField
          ref={codeRef}
          label="Authentication code"
          name="otp"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="off"
          required
          hint={otpMessages.required}
          error={codeError}
        />
      ) : null}
      <Button type="submit" size="lg" fullWidth loading={isPending}>
        Sign in
      </Button>
    </form>
  );
}
